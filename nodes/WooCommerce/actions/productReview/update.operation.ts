import type { IDataObject } from 'n8n-workflow';

import { type OperationLabel } from '../shared/contract';
import { updateOperation } from '../shared/factories';
import { validated } from '../shared/values';
import { productReview } from './config';
import { checkReview, reviewTransform, reviewUpdateFields } from './fields';

export const { description, execute } = validated(
	updateOperation(productReview, { optionalFields: reviewUpdateFields, transform: reviewTransform }),
	(ctx, itemIndex) => checkReview(ctx, itemIndex, ctx.getNodeParameter('updateFields', itemIndex, {}) as IDataObject),
);

export const option: OperationLabel = { name: 'Update', description: 'Update a product review', action: 'Update a product review' };
