import { getOperation } from '../shared/factories';
import { describeParameter } from '../shared/values';
import { variationSimplifyDescription } from '../simplify/product';
import { productVariation } from './config';

const operation = getOperation(productVariation);

export const description = describeParameter(operation.description, 'simplify', variationSimplifyDescription);
export const execute = operation.execute;
