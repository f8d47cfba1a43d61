import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { recordId, show } from '../crud';
import { itemLabel, operationError } from '../common';
import { prepareOrderBody, readBody } from './body';
import { order } from './config';
import { orderCollection } from './create.operation';
import { lineItemsField, orderWritableFields } from './fields';

const properties: INodeProperties[] = [
	order.idParameter,
	orderCollection('updateFields', 'Update Fields', [
		{
			...lineItemsField,
			description:
				'Line items to change (give their Line Item ID) or to add (no ID). Each line listed sends its Quantity, so set it to what the line should have. Line items not listed stay as they are.',
		},
		...orderWritableFields,
	]),
];

export const description = show(order, 'update', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = recordId(this, order, itemIndex);
	const body = await prepareOrderBody(this, itemIndex, readBody(this, itemIndex, [], 'updateFields'));
	if (Object.keys(body).length === 0) {
		throw operationError(this, itemIndex, `Nothing to update in ${itemLabel(itemIndex)}`, 'Add at least one field under "Update Fields".');
	}
	return (await wooApiRequest.call(this, 'PUT', `orders/${id}`, { body, itemIndex })) as IDataObject;
}
