import { idLocator } from '../../descriptions/common.descriptions';
import { type ResourceConfig } from '../shared/contract';
import { getId } from '../shared/ids';
import { orderLocator } from '../shared/locators';

export const orderNote: ResourceConfig = {
	resource: 'orderNote',
	label: 'note',
	collection(itemIndex: number) {
		return `orders/${getId(this, 'orderId', itemIndex, 'order')}/notes`;
	},
	idParameter: idLocator({
		name: 'noteId',
		displayName: 'Note',
		label: 'note',
		description: 'The note: its ID, or its REST URL (e.g. https://shop.example/wp-json/wc/v3/orders/25/notes/5)',
	}),
	parentParameters: [{ ...orderLocator, description: 'The order the note belongs to' }],
};
