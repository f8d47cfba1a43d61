import type { IExecuteFunctions } from 'n8n-workflow';

import type { ResourceConfig } from '../crud';
import { getId } from '../common';
import { idLocator } from '../../descriptions/common.descriptions';
import { attributeLocator } from '../productAttribute/config';

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
