import { getOperation } from '../crud';
import { variationSimplifyDescription } from '../simplify/product';
import { describeParameter } from '../product/helpers';
import { productVariation } from './config';

const operation = getOperation(productVariation);

export const description = describeParameter(operation.description, 'simplify', variationSimplifyDescription);
export const execute = operation.execute;
