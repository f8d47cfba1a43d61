import { type OperationLabel } from '../shared/contract';
import { deleteOperation } from '../shared/factories';
import { productVariation } from './config';

// Variations can be trashed like products: Force deletes permanently.
export const { description, execute } = deleteOperation(productVariation, { trash: true });

export const option: OperationLabel = { name: 'Delete', description: 'Move a variation to the trash or delete it permanently', action: 'Delete a product variation' };
