import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readBody } from '../shared/bodies';
import { type OperationLabel } from '../shared/contract';
import { batchOptions, fieldsCollection, show } from '../shared/descriptions';
import { itemLabel, operationError } from '../shared/errors';
import { type BulkUpsertConfig, bulkUpsertOperation, type UpsertItem, upsertItemOperation } from '../shared/upsert';
import { prepareCouponBody } from './body';
import { coupon } from './config';
import { couponWritableFields } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Code',
		name: 'upsertCode',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. summer10',
		description:
			'The code that identifies the coupon, in any case (WooCommerce stores codes in lower case and matches them without regard to case). The node looks it up once (GET coupons?code=…): when a coupon has this code it is updated, otherwise it is created. The output says which in "_operation" ("created" or "updated").',
	},
	{
		...fieldsCollection('additionalFields', 'Additional Fields', couponWritableFields),
		description: 'Sent both when creating and when updating',
	},
	{ ...batchOptions, description: 'From 10 items on, the codes are looked up a few at a time and the coupons written in batch requests of 100' },
];

export const description = show(coupon, 'createOrUpdate', properties);

function prepare(ctx: IExecuteFunctions, itemIndex: number): UpsertItem {
	const code = String(ctx.getNodeParameter('upsertCode', itemIndex, '') ?? '').trim();
	if (code === '') {
		throw operationError(ctx, itemIndex, `The field "Code" is empty in ${itemLabel(itemIndex)}`, 'Create or Update finds the coupon by its code: give one, or use Create.');
	}
	const body = prepareCouponBody(ctx, itemIndex, readBody(ctx, itemIndex, [], 'additionalFields'));
	delete body.code;
	return { key: code, create: { code, ...body }, update: body };
}

function sameCode(records: IDataObject[], code: string): IDataObject[] {
	return records.filter((entry) => String(entry.code ?? '').toLowerCase() === code.toLowerCase());
}

const upsert: BulkUpsertConfig = {
	label: 'coupon',
	plural: 'coupons',
	keyName: 'code',
	duplicateHint: 'Update the coupon by ID instead.',
	collection: 'coupons',
	param: 'code',
	prepare,
	matches: sameCode,
	same: (code) => code.toLowerCase(),
};

export const execute = upsertItemOperation(upsert);

export const executeAll = bulkUpsertOperation({ description, execute }, upsert);

export const option: OperationLabel = { name: 'Create or Update', description: 'Create a new coupon, or update the one with the same code', action: 'Create or update a coupon' };
