import { getOperation } from '../crud';
import { productSimplifyDescription } from '../simplify/product';
import { describeParameter } from './helpers';
import { product } from './config';

const operation = getOperation(product);

export const description = describeParameter(operation.description, 'simplify', productSimplifyDescription);
export const execute = operation.execute;
