import { type OperationLabel } from '../shared/contract';
import { getOperation } from '../shared/factories';
import { attributeTerm } from './config';

export const { description, execute } = getOperation(attributeTerm);

export const option: OperationLabel = { name: 'Get', description: 'Get an attribute term', action: 'Get an attribute term' };
