import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import {
	CORE_ORDER_STATUSES,
	FILTER_ONLY_STATUSES,
	fetchStoreOrderStatuses,
	statusOption,
} from '../actions/order/statuses';
import { searchList } from './searchHelpers';

/*
 * listSearch and loadOptions for orders, customers and coupons. Addresses and orders also use getCountries,
 * getStates (reads the sibling "country" field), getPaymentGateways and getCurrencies from methods/configuration.ts.
 */

function text(value: unknown): string {
	return String(value ?? '').trim();
}

function orderResult(order: IDataObject): { name: string; value: string } {
	const billing = (order.billing ?? {}) as IDataObject;
	const who = [text(billing.first_name), text(billing.last_name)].filter(Boolean).join(' ');
	const email = text(billing.email);
	const parts = [`#${text(order.number) || text(order.id)}`];
	if (who || email) parts.push(email ? `${who}${who ? ' ' : ''}<${email}>` : who);
	parts.push(`${text(order.status)}, ${text(order.total)} ${text(order.currency)}`.trim());
	return { name: parts.join(' · '), value: String(order.id) };
}

function customerResult(customer: IDataObject): { name: string; value: string } {
	const name = [text(customer.first_name), text(customer.last_name)].filter(Boolean).join(' ');
	const email = text(customer.email);
	return { name: name ? `${name} <${email}>` : email || `#${text(customer.id)}`, value: String(customer.id) };
}

/** The store's order statuses (custom ones included); WooCommerce's own list when the store cannot be asked. */
async function orderStatusOptions(ctx: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	let slugs: string[] = [];
	try {
		slugs = await fetchStoreOrderStatuses.call(ctx);
	} catch {
		slugs = [];
	}
	const all = new Set([...CORE_ORDER_STATUSES.map((status) => String(status.value)), ...slugs]);
	return [...all].map(statusOption).sort((a, b) => a.name.localeCompare(b.name));
}

export const salesListSearch = {
	/** Orders by number, customer name or email (WooCommerce's order search). */
	async searchOrders(
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const query = (filter ?? '').trim().replace(/^#/, '');
		return await searchList(this, 'orders', query || undefined, paginationToken, orderResult, {
			_fields: 'id,number,status,total,currency,billing',
		});
	},

	/** Customers (every role) by email or name. */
	async searchCustomers(
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		return await searchList(this, 'customers', filter?.trim() || undefined, paginationToken, customerResult, {
			role: 'all',
			_fields: 'id,email,first_name,last_name',
		});
	},

	/** Coupons by code. */
	async searchCoupons(
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		return await searchList(
			this,
			'coupons',
			filter?.trim() || undefined,
			paginationToken,
			(coupon) => ({ name: text(coupon.code) || `#${text(coupon.id)}`, value: String(coupon.id) }),
			{ _fields: 'id,code' },
		);
	},
};

export const salesLoadOptions = {
	/** Statuses an order can be given. */
	async getOrderStatuses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await orderStatusOptions(this);
	},

	/** Statuses for the orders list filter: the same plus "Any" and "Trash". */
	async getOrderStatusFilters(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return [...FILTER_ONLY_STATUSES, ...(await orderStatusOptions(this))];
	},
};
