import { deleteOperation } from '../crud';
import { order } from './config';

// Orders can be trashed (051, 052): Force deletes permanently (053).
export const { description, execute } = deleteOperation(order, { trash: true });
