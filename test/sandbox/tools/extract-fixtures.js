'use strict';
// One-off generator: copies static response bodies from the real-store captures into fixtures/captured.json.
// Usage: node test/sandbox/tools/extract-fixtures.js [capturesDir]
const fs = require('fs');
const path = require('path');

const dir = process.argv[2] || path.resolve(__dirname, '../../../../shared/woocommerce-captures');
const load = (prefix) => {
	const f = fs.readdirSync(dir).find((n) => n.startsWith(prefix));
	return JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
};
const body = (p) => load(p).response.body;

const ns = load('083');
const out = {
	systemStatus: body('118'),
	systemStatusTools: body('119'),
	settingsGroups: body('120'),
	settingsGeneral: body('121'),
	settingsGeneralTrimmed: load('121').trimmed || null,
	currencyCurrent: body('123'),
	paymentGateways: body('124'),
	shippingMethodFlatRate: body('126'),
	taxClasses: body('132'),
	reportsIndex: body('133'),
	reportsSales: body('134'),
	reportsOrdersTotals: body('136'),
	namespaceIndexRoutes: ns.response.body.routes,
	allRouteNames: ns.all_route_names,
	optionsCategories: body('082'),
	legacyIndex: body('176'),
	legacyV2Index: body('204'),
	homeHtmlStart: body('112'),
	templates: {
		product: body('011'),
		variation: body('007'),
		order: body('038'),
		customer: body('056'),
		coupon: body('065'),
		webhook: body('143'),
		refund: body('047'),
		review: body('137'),
		legacyProduct: body('183').product,
	},
};
fs.writeFileSync(path.join(__dirname, '../fixtures/captured.json'), JSON.stringify(out, null, '\t') + '\n');
console.log('wrote fixtures/captured.json');
