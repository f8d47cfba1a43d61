import { getOperation } from '../crud';
import { attributeTerm } from './config';

export const { description, execute } = getOperation(attributeTerm);
