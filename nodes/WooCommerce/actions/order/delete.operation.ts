import { type OperationLabel } from '../shared/contract';
import { deleteOperation } from '../shared/factories';
import { order } from './config';

// Orders can be trashed (a trashed order can still be read); Force deletes permanently.
export const { description, execute } = deleteOperation(order, { trash: true });

export const option: OperationLabel = { name: 'Delete', description: 'Move an order to the trash or delete it permanently', action: 'Delete an order' };
