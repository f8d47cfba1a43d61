import { getOperation } from '../shared/factories';
import { productCategory } from './config';

export const { description, execute } = getOperation(productCategory);
