import { getOperation } from '../shared/factories';
import { productAttribute } from './config';

export const { description, execute } = getOperation(productAttribute);
