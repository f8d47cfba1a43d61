import type { IDataObject } from 'n8n-workflow';

import { type OperationLabel } from '../shared/contract';
import { createOperation } from '../shared/factories';
import { validated } from '../shared/values';
import { productReview } from './config';
import { checkReview, reviewCreateOptionalFields, reviewRequiredFields, reviewTransform } from './fields';

export const { description, execute } = validated(
	createOperation(productReview, {
		fields: reviewRequiredFields,
		optionalFields: reviewCreateOptionalFields,
		transform: reviewTransform,
	}),
	(ctx, itemIndex) => {
		const values: IDataObject = {
			...(ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
			product_id: ctx.getNodeParameter('product_id', itemIndex, '') as IDataObject,
			reviewer_email: ctx.getNodeParameter('reviewer_email', itemIndex, '') as string,
		};
		checkReview(ctx, itemIndex, values);
	},
);

export const option: OperationLabel = { name: 'Create', description: 'Create a product review', action: 'Create a product review' };
