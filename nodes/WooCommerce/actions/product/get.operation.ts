import { type OperationLabel } from '../shared/contract';
import { getOperation } from '../shared/factories';
import { describeParameter } from '../shared/values';
import { productSimplifyDescription } from '../simplify/product';
import { product } from './config';

const operation = getOperation(product);

export const description = describeParameter(operation.description, 'simplify', productSimplifyDescription);
export const execute = operation.execute;

export const option: OperationLabel = { name: 'Get', description: 'Get a product', action: 'Get a product' };
