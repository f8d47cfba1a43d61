import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { show } from '../shared/descriptions';
import { customerNoteField, noteTextField, readNote } from '../shared/orderNote';
import { orderNote } from './config';

const properties: INodeProperties[] = [
	noteTextField,
	customerNoteField,
	{
		displayName: 'Added by User',
		name: 'added_by_user',
		type: 'boolean',
		default: false,
		description:
			"Whether to show the note as written by the API key's user instead of by the system (\"WooCommerce\")",
	},
];

export const description = show(orderNote, 'create', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const endpoint = orderNote.collection.call(this, itemIndex);
	const body = await readNote(this, itemIndex);
	if (this.getNodeParameter('added_by_user', itemIndex, false) as boolean) body.added_by_user = true;
	return (await wooApiRequest.call(this, 'POST', endpoint, { body, itemIndex })) as IDataObject;
}

export const option: OperationLabel = { name: 'Create', description: 'Add a note to an order', action: 'Create an order note' };
