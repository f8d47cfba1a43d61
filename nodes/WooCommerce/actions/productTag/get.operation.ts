import { getOperation } from '../shared/factories';
import { productTag } from './config';

export const { description, execute } = getOperation(productTag);
