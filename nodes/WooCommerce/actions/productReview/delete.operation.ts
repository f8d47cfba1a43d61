import { type OperationLabel } from '../shared/contract';
import { deleteOperation } from '../shared/factories';
import { productReview } from './config';

// Reviews (comments) can be trashed: Force deletes permanently.
export const { description, execute } = deleteOperation(productReview, { trash: true });

export const option: OperationLabel = { name: 'Delete', description: 'Move a review to the trash or delete it permanently', action: 'Delete a product review' };
