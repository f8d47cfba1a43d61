import { getOperation } from '../crud';
import { productTag } from './config';

export const { description, execute } = getOperation(productTag);
