import { type OperationLabel } from '../shared/contract';
import { getOperation } from '../shared/factories';
import { describeParameter } from '../shared/values';
import { variationSimplifyDescription } from '../simplify/product';
import { productVariation } from './config';

const operation = getOperation(productVariation);

export const description = describeParameter(operation.description, 'simplify', variationSimplifyDescription);
export const execute = operation.execute;

export const option: OperationLabel = { name: 'Get', description: 'Get a variation of a product', action: 'Get a product variation' };
