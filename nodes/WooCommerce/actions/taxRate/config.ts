import type { ResourceConfig } from '../crud';
import { idLocator } from '../../descriptions/common.descriptions';

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
