import type { IExecuteFunctions } from 'n8n-workflow';

import { idLocator } from '../../descriptions/common.descriptions';
import { type ResourceConfig } from '../shared/contract';
import { getId } from '../shared/ids';
import { productLocator } from '../shared/locators';
import { simplifyVariation } from '../simplify/product';

export const productVariation: ResourceConfig = {
	resource: 'productVariation',
	label: 'variation',
	collection(this: IExecuteFunctions, itemIndex: number) {
		return `products/${getId(this, 'productId', itemIndex, 'product')}/variations`;
	},
	parentParameters: [{ ...productLocator, description: 'The variable product the variations belong to' }],
	idParameter: idLocator({
		name: 'variationId',
		displayName: 'Variation',
		label: 'variation',
		searchListMethod: 'searchVariations',
		description: 'The variation: pick it from the list of the product’s variations, or give its ID or its URL',
	}),
	simplify: simplifyVariation,
};
