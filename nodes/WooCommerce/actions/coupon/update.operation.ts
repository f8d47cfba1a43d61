import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { recordId, show } from '../crud';
import { itemLabel, operationError } from '../common';
import { readBody } from '../order/body';
import { prepareCouponBody } from './body';
import { coupon } from './config';
import { couponCollection } from './create.operation';
import { couponCodeField, couponWritableFields } from './fields';

const properties: INodeProperties[] = [
	coupon.idParameter,
	couponCollection('updateFields', 'Update Fields', [
		{ ...couponCodeField, required: false, description: 'New code for the coupon (stored in lower case)' },
		...couponWritableFields,
	]),
];

export const description = show(coupon, 'update', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = recordId(this, coupon, itemIndex);
	const body = prepareCouponBody(this, itemIndex, readBody(this, itemIndex, [], 'updateFields'));
	if (Object.keys(body).length === 0) {
		throw operationError(this, itemIndex, `Nothing to update in ${itemLabel(itemIndex)}`, 'Add at least one field under "Update Fields".');
	}
	return (await wooApiRequest.call(this, 'PUT', `coupons/${id}`, { body, itemIndex })) as IDataObject;
}
