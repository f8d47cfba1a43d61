import { type OperationLabel } from '../shared/contract';
import { deleteOperation } from '../shared/factories';
import { product } from './config';

// Products can be trashed: Force (off by default) deletes permanently. Output: { deleted: true, permanently, ...product }.
export const { description, execute } = deleteOperation(product, { trash: true });

export const option: OperationLabel = { name: 'Delete', description: 'Move a product to the trash or delete it permanently', action: 'Delete a product' };
