import type { IDataObject } from 'n8n-workflow';

function pick(source: unknown, keys: string[]): IDataObject {
	const object = (source && typeof source === 'object' ? source : {}) as IDataObject;
	const result: IDataObject = {};
	for (const key of keys) if (key in object) result[key] = object[key];
	return result;
}

function fullName(address: unknown): string {
	const object = (address && typeof address === 'object' ? address : {}) as IDataObject;
	return [object.first_name, object.last_name]
		.map((part) => String(part ?? '').trim())
		.filter(Boolean)
		.join(' ');
}

/**
 * The compact order (Simplify on). Shape:
 * { id, number, status, currency, total, subtotal, total_tax, shipping_total, discount_total,
 *   date_created, date_modified, date_paid, date_completed, customer_id,
 *   billing: { name, email, phone }, shipping: { name, company, address_1, address_2, city, state, postcode, country },
 *   line_items: [{ id, name, product_id, variation_id, sku, quantity, total }],
 *   payment_method, payment_method_title, customer_note }
 * `subtotal` is the sum of the line items' subtotals (before discounts), which the raw order does not carry.
 */
export function simplifyOrder(order: IDataObject): IDataObject {
	const lineItems = Array.isArray(order.line_items) ? (order.line_items as IDataObject[]) : [];
	const billing = (order.billing ?? {}) as IDataObject;
	const subtotal = lineItems.reduce((sum, line) => sum + (Number(line.subtotal) || 0), 0);
	return {
		id: order.id,
		number: order.number,
		status: order.status,
		currency: order.currency,
		total: order.total,
		subtotal: subtotal.toFixed(2),
		total_tax: order.total_tax,
		shipping_total: order.shipping_total,
		discount_total: order.discount_total,
		date_created: order.date_created,
		date_modified: order.date_modified,
		date_paid: order.date_paid ?? null,
		date_completed: order.date_completed ?? null,
		customer_id: order.customer_id,
		billing: { name: fullName(billing), email: billing.email ?? '', phone: billing.phone ?? '' },
		shipping: {
			name: fullName(order.shipping),
			...pick(order.shipping, ['company', 'address_1', 'address_2', 'city', 'state', 'postcode', 'country']),
		},
		line_items: lineItems.map((line) => pick(line, ['id', 'name', 'product_id', 'variation_id', 'sku', 'quantity', 'total'])),
		payment_method: order.payment_method,
		payment_method_title: order.payment_method_title,
		customer_note: order.customer_note,
	};
}
