import { idLocator } from '../../descriptions/common.descriptions';
import { type ResourceConfig } from '../shared/contract';

export const taxRate: ResourceConfig = {
	resource: 'taxRate',
	label: 'tax rate',
	collection: () => 'taxes',
	idParameter: idLocator({
		name: 'taxRateId',
		displayName: 'Tax Rate',
		label: 'tax rate',
		searchListMethod: 'searchTaxRates',
	}),
};
