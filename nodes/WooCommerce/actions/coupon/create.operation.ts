import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { extraFieldsJson } from '../../descriptions/common.descriptions';
import { wooApiRequest } from '../../transport';
import { show } from '../crud';
import { readBody } from '../order/body';
import { prepareCouponBody } from './body';
import { coupon } from './config';
import { couponCodeField, couponWritableFields } from './fields';

export function couponCollection(name: string, displayName: string, fields: INodeProperties[]): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...fields, extraFieldsJson].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

const properties: INodeProperties[] = [
	couponCodeField,
	couponCollection('additionalFields', 'Additional Fields', couponWritableFields),
];

export const description = show(coupon, 'create', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const body = prepareCouponBody(this, itemIndex, readBody(this, itemIndex, ['code'], 'additionalFields'));
	return (await wooApiRequest.call(this, 'POST', 'coupons', { body, itemIndex })) as IDataObject;
}
