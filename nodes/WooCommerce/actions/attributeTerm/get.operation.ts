import { getOperation } from '../shared/factories';
import { attributeTerm } from './config';

export const { description, execute } = getOperation(attributeTerm);
