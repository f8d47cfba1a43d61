import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { show } from '../shared/descriptions';
import { recordId } from '../shared/ids';
import { order } from './config';
import { orderStatusField } from './fields';
import { validateOrderStatus } from './statuses';

const properties: INodeProperties[] = [
	order.idParameter,
	{
		...orderStatusField,
		name: 'newStatus',
		displayName: 'New Status Name or ID',
		required: true,
		default: 'processing',
		description:
			'The status slug to set (custom statuses included). WooCommerce runs its usual side effects (emails, stock, date paid/completed). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

export const description = show(order, 'changeStatus', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = recordId(this, order, itemIndex);
	const status = await validateOrderStatus(this, itemIndex, this.getNodeParameter('newStatus', itemIndex, ''), 'New Status');
	return (await wooApiRequest.call(this, 'PUT', `${order.collection.call(this, itemIndex)}/${id}`, { body: { status }, itemIndex })) as IDataObject;
}

export const option: OperationLabel = { name: 'Change Status', description: 'Set the status of an order (custom statuses included)', action: 'Change the status of an order' };
