import type { IExecuteFunctions } from 'n8n-workflow';

import { itemLabel, operationError } from '../shared/errors';
import { parseJsonParameter } from '../shared/values';

/**
 * A setting value: text for most settings; a list for multiselect ones (e.g. allowed countries).
 * Values from expressions keep their type (an array stays an array); with "Value Is JSON" text is parsed.
 */
export function settingValue(
	ctx: IExecuteFunctions,
	itemIndex: number,
	raw: unknown,
	asJson: boolean,
	fieldName: string,
): unknown {
	if (raw === undefined || raw === null) {
		throw operationError(ctx, itemIndex, `The field "${fieldName}" is missing in ${itemLabel(itemIndex)}`, 'Give the new value of the setting.');
	}
	if (typeof raw !== 'string') return raw;
	if (!asJson) return raw;
	if (raw.trim() === '') {
		throw operationError(ctx, itemIndex, `The field "${fieldName}" in ${itemLabel(itemIndex)} is empty but should be JSON`, 'e.g. ["US", "CA"] for a multiselect setting.');
	}
	return parseJsonParameter(ctx, raw, itemIndex, fieldName);
}
