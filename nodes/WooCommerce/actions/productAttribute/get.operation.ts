import { getOperation } from '../crud';
import { productAttribute } from './config';

export const { description, execute } = getOperation(productAttribute);
