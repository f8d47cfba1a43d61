import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { showFor } from '../shared/descriptions';
import { itemLabel, operationError } from '../shared/errors';
import { getTextId } from '../shared/ids';
import { taxClassPath } from './paths';

const properties: INodeProperties[] = [
	{
		displayName: 'Tax Class Name or ID',
		name: 'taxClassSlug',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTaxClasses' },
		required: true,
		default: '',
		description: 'Tax class to delete, with all its tax rates. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

export const description = showFor('taxClass', 'delete', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const slug = getTextId(this, 'taxClassSlug', itemIndex, 'Tax Class', {
		pattern: /^[a-z0-9_-]+$/i,
		hint: 'Use the slug of the tax class (e.g. "reduced-rate"), not its name.',
	});
	if (slug === 'standard') {
		throw operationError(
			this,
			itemIndex,
			`The standard tax class cannot be deleted (${itemLabel(itemIndex)})`,
			'WooCommerce always keeps the standard rates; pick another tax class.',
		);
	}
	// Tax classes cannot be trashed: WooCommerce requires force=true.
	const record = (await wooApiRequest.call(this, 'DELETE', taxClassPath(slug), {
		qs: { force: true },
		itemIndex,
	})) as IDataObject;
	return { deleted: true, permanently: true, ...record };
}

export const option: OperationLabel = { name: 'Delete', description: 'Delete a tax class and its rates permanently', action: 'Delete a tax class' };
