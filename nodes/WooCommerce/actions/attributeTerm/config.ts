import type { IExecuteFunctions } from 'n8n-workflow';

import { idLocator } from '../../descriptions/common.descriptions';
import { type ResourceConfig } from '../shared/contract';
import { getId } from '../shared/ids';
import { attributeLocator } from '../shared/locators';

export const attributeTerm: ResourceConfig = {
	resource: 'attributeTerm',
	label: 'term',
	collection(this: IExecuteFunctions, itemIndex: number) {
		return `products/attributes/${getId(this, 'attributeId', itemIndex, 'attribute')}/terms`;
	},
	parentParameters: [{ ...attributeLocator, description: 'The global attribute the terms belong to (e.g. Color)' }],
	idParameter: idLocator({
		name: 'termId',
		displayName: 'Term',
		label: 'term',
		searchListMethod: 'searchAttributeTerms',
		description: 'The term (e.g. Red): pick it from the attribute’s terms, or give its ID',
	}),
};
