import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { recordId, show } from '../crud';
import { itemLabel, operationError } from '../common';
import { order } from './config';

export const noteTextField: INodeProperties = {
	displayName: 'Note',
	name: 'note',
	type: 'string',
	typeOptions: { rows: 3 },
	required: true,
	default: '',
	placeholder: 'e.g. Packed and shipped via UPS.',
};

export const customerNoteField: INodeProperties = {
	displayName: 'Customer Note',
	name: 'customer_note',
	type: 'boolean',
	default: false,
	description:
		'Whether the note is for the customer: WooCommerce shows it in their account and emails it to them. When off, the note is private (internal).',
};

const properties: INodeProperties[] = [order.idParameter, noteTextField, customerNoteField];

export const description = show(order, 'addNote', properties);

export async function readNote(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const note = String(ctx.getNodeParameter('note', itemIndex, '') ?? '').trim();
	if (note === '') {
		throw operationError(ctx, itemIndex, `The field "Note" is empty in ${itemLabel(itemIndex)}`, 'Write the text of the note.');
	}
	return { note, customer_note: ctx.getNodeParameter('customer_note', itemIndex, false) as boolean };
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = recordId(this, order, itemIndex);
	const body = await readNote(this, itemIndex);
	return (await wooApiRequest.call(this, 'POST', `orders/${id}/notes`, { body, itemIndex })) as IDataObject;
}
