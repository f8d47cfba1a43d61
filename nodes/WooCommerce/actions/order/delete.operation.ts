import { deleteOperation } from '../shared/factories';
import { order } from './config';

// Orders can be trashed (a trashed order can still be read); Force deletes permanently.
export const { description, execute } = deleteOperation(order, { trash: true });
