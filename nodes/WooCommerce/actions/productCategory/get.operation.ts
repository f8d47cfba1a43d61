import { getOperation } from '../crud';
import { productCategory } from './config';

export const { description, execute } = getOperation(productCategory);
