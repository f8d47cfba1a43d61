import { type OperationLabel } from '../shared/contract';
import { createOperation } from '../shared/factories';
import { prepareOrderBody } from './body';
import { order } from './config';
import { lineItemsField, orderWritableFields } from './fields';

export const { description, execute } = createOperation(order, {
	fields: [lineItemsField],
	optionalFields: orderWritableFields,
	prepare: prepareOrderBody,
	idempotencyKey: true,
});

export const option: OperationLabel = { name: 'Create', description: 'Create an order', action: 'Create an order' };
