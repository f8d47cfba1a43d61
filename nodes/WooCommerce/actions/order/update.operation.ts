import { type OperationLabel } from '../shared/contract';
import { updateOperation } from '../shared/factories';
import { prepareOrderBody } from './body';
import { order } from './config';
import { lineItemsField, orderWritableFields } from './fields';

export const { description, execute } = updateOperation(order, {
	optionalFields: [
		{
			...lineItemsField,
			description:
				'Line items to change (give their Line Item ID) or to add (no ID). Each line listed sends its Quantity, so set it to what the line should have. Line items not listed stay as they are.',
		},
		...orderWritableFields,
	],
	prepare: prepareOrderBody,
});

export const option: OperationLabel = { name: 'Update', description: 'Update an order', action: 'Update an order' };
