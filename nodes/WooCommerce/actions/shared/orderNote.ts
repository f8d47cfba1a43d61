/**
 * Order notes, shared by Order > Add Note and Order Note > Create.
 */
import { type IDataObject, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import { itemLabel, operationError } from './errors';

export const customerNoteField: INodeProperties = {
	displayName: 'Customer Note',
	name: 'customer_note',
	type: 'boolean',
	default: false,
	description:
		'Whether the note is for the customer: WooCommerce shows it in their account and emails it to them. When off, the note is private (internal).',
};

export const noteTextField: INodeProperties = {
	displayName: 'Note',
	name: 'note',
	type: 'string',
	typeOptions: { rows: 3 },
	required: true,
	default: '',
	placeholder: 'e.g. Packed and shipped via UPS.',
};

export async function readNote(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const note = String(ctx.getNodeParameter('note', itemIndex, '') ?? '').trim();
	if (note === '') {
		throw operationError(ctx, itemIndex, `The field "Note" is empty in ${itemLabel(itemIndex)}`, 'Write the text of the note.');
	}
	return { note, customer_note: ctx.getNodeParameter('customer_note', itemIndex, false) as boolean };
}
