import { type OperationLabel } from '../shared/contract';
import { getManyOperation } from '../shared/factories';
import { taxRate } from './config';

export const { description, execute } = getManyOperation(taxRate, {
	orderBy: ['id', 'order', 'priority'],
	filters: [
		{
			displayName: 'Tax Class Name or ID',
			name: 'class',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTaxClasses' },
			default: '',
			description: 'Only rates of this tax class. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
});

export const option: OperationLabel = { name: 'Get Many', description: 'Get many tax rates', action: 'Get many tax rates' };
