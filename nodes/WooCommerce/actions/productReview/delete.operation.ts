import { deleteOperation } from '../shared/factories';
import { productReview } from './config';

// Reviews (comments) can be trashed: Force deletes permanently.
export const { description, execute } = deleteOperation(productReview, { trash: true });
