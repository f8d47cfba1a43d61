import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { show } from '../shared/descriptions';
import { recordId } from '../shared/ids';
import { customerNoteField, noteTextField, readNote } from '../shared/orderNote';
import { order } from './config';

const properties: INodeProperties[] = [order.idParameter, noteTextField, customerNoteField];

export const description = show(order, 'addNote', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = recordId(this, order, itemIndex);
	const body = await readNote(this, itemIndex);
	return (await wooApiRequest.call(this, 'POST', `${order.collection.call(this, itemIndex)}/${id}/notes`, { body, itemIndex })) as IDataObject;
}

export const option: OperationLabel = { name: 'Add Note', description: 'Add a private or customer note to an order', action: 'Add a note to an order' };
