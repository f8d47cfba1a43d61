import { type OperationLabel } from '../shared/contract';
import { getOperation } from '../shared/factories';
import { coupon } from './config';

export const { description, execute } = getOperation(coupon);

export const option: OperationLabel = { name: 'Get', description: 'Get a coupon', action: 'Get a coupon' };
