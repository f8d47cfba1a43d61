'use strict';
// Output helpers shared by resources: key order from the captured templates, price HTML, JSON like wp_json_encode.
const captured = require('../fixtures/captured.json');

const TEMPLATE_KEYS = {};
for (const [name, obj] of Object.entries(captured.templates)) TEMPLATE_KEYS[name] = Object.keys(obj);

/** Build an object with keys in the template's order (unknown keys appended). */
function ordered(templateName, values) {
	const out = {};
	for (const k of TEMPLATE_KEYS[templateName]) if (k in values) out[k] = values[k];
	for (const k of Object.keys(values)) if (!(k in out)) out[k] = values[k];
	return out;
}

function isOnSale(p) {
	return p.sale_price !== '' && p.sale_price !== null && p.regular_price !== '' && Number(p.sale_price) < Number(p.regular_price);
}

const amount = (v, aria) =>
	`<span class="woocommerce-Price-amount amount"${aria ? ' aria-hidden="true"' : ''}><bdi><span class="woocommerce-Price-currencySymbol">&#36;</span>${Number(v).toFixed(2)}</bdi></span>`;

function priceHtml({ price, regular, sale, onSale, min, max }) {
	if (min !== undefined && max !== undefined && min !== max) {
		return `${amount(min, true)} <span aria-hidden="true">&ndash;</span> ${amount(max, true)}<span class="screen-reader-text">Price range: &#36;${Number(min).toFixed(2)} through &#36;${Number(max).toFixed(2)}</span>`;
	}
	if (price === '' || price === undefined || price === null) return '';
	if (onSale) {
		return `<del aria-hidden="true">${amount(regular)}</del> <span class="screen-reader-text">Original price was: &#036;${Number(regular).toFixed(2)}.</span><ins aria-hidden="true">${amount(sale)}</ins><span class="screen-reader-text">Current price is: &#036;${Number(sale).toFixed(2)}.</span>`;
	}
	return amount(price);
}

/** wp_json_encode: slashes escaped as \/, non-ASCII as \uXXXX, no trailing newline. */
function phpJson(value) {
	return JSON.stringify(value)
		.replace(/\//g, '\\/')
		.replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Deep clone with '{store}' placeholders replaced by the home URL. */
function withHome(obj, home) {
	return JSON.parse(JSON.stringify(obj).split('{store}').join(home).split('{store-root}').join('/var/www/html'));
}

function gravatar(email, size = 96) {
	const h = require('crypto').createHash('sha256').update(String(email || '').trim().toLowerCase()).digest('hex');
	return `https://secure.gravatar.com/avatar/${h}?s=${size}&d=mm&r=g`;
}

module.exports = { captured, ordered, isOnSale, priceHtml, phpJson, withHome, gravatar, TEMPLATE_KEYS };
