import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { showFor } from '../shared/descriptions';
import { itemLabel, operationError } from '../shared/errors';
import { taxClassesPath } from './paths';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'taxClassName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Books',
		description: 'Name of the new tax class; WooCommerce derives its slug from it (e.g. "books")',
	},
];

export const description = showFor('taxClass', 'create', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const name = String(this.getNodeParameter('taxClassName', itemIndex, '')).trim();
	if (name === '') {
		throw operationError(this, itemIndex, `The field "Name" is empty in ${itemLabel(itemIndex)}`, 'Give the tax class a name, e.g. "Books".');
	}
	return (await wooApiRequest.call(this, 'POST', taxClassesPath, { body: { name }, itemIndex })) as IDataObject;
}

export const option: OperationLabel = { name: 'Create', description: 'Create a tax class', action: 'Create a tax class' };
