import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { ItemOperation, ItemResult, ResourceConfig } from '../crud';
import { wooApiRequest, wooErrorCode, wooErrorData } from '../../transport';
import { itemLabel, operationError, parseId } from '../common';

/** Runs `validate` (which throws a NodeOperationError naming the field and the item) before the operation sends anything. */
export function validated(
	module: ItemOperation,
	validate: (ctx: IExecuteFunctions, itemIndex: number) => void,
): ItemOperation {
	const execute = module.execute;
	return {
		description: module.description,
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
			validate(this, itemIndex);
			return await execute.call(this, itemIndex);
		},
	};
}

/** Replaces the description of one parameter (e.g. Simplify, to document the resource's compact shape). */
export function describeParameter(
	properties: INodeProperties[],
	name: string,
	description: string,
): INodeProperties[] {
	return properties.map((property) => (property.name === name ? { ...property, description } : property));
}

const PRICE = /^\d+(?:\.\d+)?$/;

/** WooCommerce prices are strings with a dot as decimal separator; a number from an expression is turned into one. */
export function checkPrice(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return value === '' ? '' : undefined;
	const text = typeof value === 'number' ? String(value) : String(value).trim();
	if (!PRICE.test(text)) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "${field}" in ${itemLabel(itemIndex)} is not a valid price: "${text.slice(0, 40)}"`,
			'Use digits with a dot as decimal separator and no currency sign, e.g. 19.99.',
		);
	}
	return text;
}

/** A whole number >= 0 (numbers or numeric strings from expressions). */
export function checkNonNegativeInteger(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): number {
	const text = typeof value === 'number' ? String(value) : String(value ?? '').trim();
	if (!/^\d+$/.test(text)) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "${field}" in ${itemLabel(itemIndex)} must be a whole number of 0 or more, got "${text.slice(0, 40)}"`,
			'Enter a quantity such as 0, 5 or 120, without decimals or a minus sign.',
		);
	}
	return Number(text);
}

/** A whole number (possibly negative): used where WooCommerce accepts negative values, e.g. stock with backorders. */
export function checkInteger(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): number {
	const text = typeof value === 'number' ? String(value) : String(value ?? '').trim();
	if (!/^-?\d+$/.test(text)) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "${field}" in ${itemLabel(itemIndex)} must be a whole number, got "${text.slice(0, 40)}"`,
		);
	}
	return Number(text);
}

export function checkOption(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
	allowed: string[],
): void {
	if (value === undefined || value === '') return;
	if (!allowed.includes(String(value))) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "${field}" in ${itemLabel(itemIndex)} has an unknown value "${String(value).slice(0, 40)}"`,
			`Use one of: ${allowed.join(', ')}.`,
		);
	}
}

/** Multi-options or comma text of IDs → [{ id }], refusing anything that is not a positive whole number. */
export function checkIdObjects(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	value: unknown,
): IDataObject[] {
	const list = Array.isArray(value) ? value : String(value ?? '').split(',');
	return list
		.map((entry) => String(entry).trim())
		.filter((entry) => entry !== '')
		.map((entry) => ({ id: parseId(ctx, entry, itemIndex, label) }));
}

/** Comma text or a list of IDs → [1, 2] (upsell_ids, cross_sell_ids, grouped_products). */
export function checkIdList(ctx: IExecuteFunctions, itemIndex: number, label: string, value: unknown): number[] {
	return checkIdObjects(ctx, itemIndex, label, value).map((entry) => entry.id as number);
}

function decodeName(value: unknown): string {
	return String(value ?? '')
		.replace(/&amp;/g, '&')
		.replace(/&#0?39;/g, "'")
		.replace(/&quot;/g, '"')
		.trim()
		.toLowerCase();
}

/**
 * WooCommerce answers 400 `term_exists` (with `data.resource_id`) when a category, tag, attribute term or
 * shipping class with that name already exists at that level: turn it into one clear sentence that names the
 * existing term's ID (read from the error, or looked up by name when the error does not carry it).
 */
export function withTermExists(module: ItemOperation, config: ResourceConfig): ItemOperation {
	const execute = module.execute;
	return {
		description: module.description,
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
			let failure: unknown;
			try {
				return await execute.call(this, itemIndex);
			} catch (error) {
				failure = error;
			}
			if (wooErrorCode(failure) !== 'term_exists') {
				// Transport errors are already NodeApiError/NodeOperationError with the store's message: pass them on.
				if (failure instanceof NodeApiError || failure instanceof NodeOperationError) throw failure;
				throw new NodeOperationError(this.getNode(), failure as Error, { itemIndex });
			}
			const name = String(this.getNodeParameter('name', itemIndex, '') ?? '');
			let existing: unknown = wooErrorData(failure)?.resource_id;
			if (existing === undefined) {
				try {
					const matches = (await wooApiRequest.call(this, 'GET', config.collection.call(this, itemIndex), {
						qs: { search: name, per_page: 100, _fields: 'id,name' },
						itemIndex,
					})) as IDataObject[];
					existing = (Array.isArray(matches) ? matches : []).find((term) => decodeName(term.name) === decodeName(name))?.id;
				} catch {
					existing = undefined;
				}
			}
			const idText = existing !== undefined ? ` (ID ${String(existing)})` : '';
			throw operationError(
				this,
				itemIndex,
				`A ${config.label} named "${name.slice(0, 80)}" already exists${idText} at this level, so ${itemLabel(itemIndex)} was not created`,
				`Use the existing ${config.label}${idText} with Update, or choose another name${config.resource === 'productCategory' ? ' or another parent' : ''}.`,
			);
		},
	};
}

/** Checks comma-separated ID filters (Include IDs, Exclude IDs, …) of a Get Many before anything is sent. */
export function withIdFilters(module: ItemOperation, labels: Record<string, string>): ItemOperation {
	return validated(module, (ctx, itemIndex) => {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		for (const [key, label] of Object.entries(labels)) {
			if (filters[key] !== undefined && filters[key] !== '') checkIdList(ctx, itemIndex, label, filters[key]);
		}
	});
}
