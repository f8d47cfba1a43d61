/**
 * Pure helpers of the store resources: body shaping and input checks, errors naming the field and the item.
 */
import { keyValueObject } from '../../nodes/WooCommerce/actions/shared/values';
import { parseTextId } from '../../nodes/WooCommerce/actions/shared/ids';
import { taxRateBody } from '../../nodes/WooCommerce/actions/taxRate/fields';
import { webhookBody } from '../../nodes/WooCommerce/actions/webhook/fields';
import { withoutSecret } from '../../nodes/WooCommerce/actions/webhook/config';
import { decodeEntities } from '../../nodes/WooCommerce/methods/configuration';
import { ctx, messageOf } from '../helpers/pureContext';

describe('taxRateBody', () => {
	it('normalizes the rate and splits postcodes and cities on ; , and new lines', () => {
		expect(taxRateBody(ctx, 0, { rate: ' 8,5 ', postcodes: '94105;94107 ,\n 90210...99000', cities: 'A; B' })).toEqual({
			rate: '8.5',
			postcodes: ['94105', '94107', '90210...99000'],
			cities: ['A', 'B'],
		});
		expect(taxRateBody(ctx, 0, { rate: 20, state: 'US:CA' })).toEqual({ rate: '20', state: 'CA' });
		expect(taxRateBody(ctx, 0, { name: 'x' })).toEqual({ name: 'x' });
	});

	it('refuses a rate that is not a decimal number, naming the item', () => {
		expect(messageOf(() => taxRateBody(ctx, 2, { rate: '-1' }))).toBe('The field "Rate" in item 3 must be a decimal number, not "-1"');
		expect(messageOf(() => taxRateBody(ctx, 0, { rate: '5%' }))).toMatch(/item 1/);
	});
});

describe('webhookBody', () => {
	it('builds custom action topics and trims URLs', () => {
		expect(webhookBody(ctx, 0, { topic: 'action', actionHook: 'woocommerce_order_status_completed', delivery_url: ' https://n8n.example.com/webhook/a ' })).toEqual({
			topic: 'action.woocommerce_order_status_completed',
			delivery_url: 'https://n8n.example.com/webhook/a',
		});
		expect(webhookBody(ctx, 0, { topic: 'subscription.created' })).toEqual({ topic: 'subscription.created' });
		expect(webhookBody(ctx, 0, { name: 'x', actionHook: 'ignored' })).toEqual({ name: 'x' });
	});

	it('names the field and the item for a bad topic, hook or URL', () => {
		expect(messageOf(() => webhookBody(ctx, 1, { topic: 'action' }))).toBe('The field "Action Hook" is empty in item 2');
		expect(messageOf(() => webhookBody(ctx, 0, { topic: 'action', actionHook: 'a b' }))).toMatch(/"Action Hook" in item 1/);
		expect(messageOf(() => webhookBody(ctx, 0, { topic: 'orders' }))).toMatch(/"Topic" in item 1 is not a webhook topic/);
		expect(messageOf(() => webhookBody(ctx, 0, { delivery_url: 'n8n.example.com/hook' }))).toMatch(/"Delivery URL" in item 1/);
	});
});

describe('withoutSecret', () => {
	it('drops secret from objects and lists without touching the input', () => {
		const record = { id: 1, secret: 's' };
		expect(withoutSecret(record)).toEqual({ id: 1 });
		expect(record.secret).toBe('s');
		expect(withoutSecret([{ id: 1, secret: 's' }, { id: 2 }])).toEqual([{ id: 1 }, { id: 2 }]);
	});
});

describe('keyValueObject and parseTextId', () => {
	it('turns key/value rows into a settings map', () => {
		expect(keyValueObject(ctx, 0, { values: [{ key: ' cost ', value: '5' }, { key: 'title', value: 'Flat' }] }, 'Settings')).toEqual({ cost: '5', title: 'Flat' });
		expect(keyValueObject(ctx, 0, undefined, 'Settings')).toEqual({});
		expect(messageOf(() => keyValueObject(ctx, 4, [{ key: '', value: '1' }], 'Settings'))).toBe('A key is empty in the field "Settings" in item 5');
	});

	it('checks text IDs', () => {
		expect(parseTextId(ctx, ' bacs ', 0, 'Payment Gateway')).toBe('bacs');
		expect(parseTextId(ctx, 'us', 0, 'Country', { upperCase: true, pattern: /^[A-Z]{2}$/ })).toBe('US');
		expect(messageOf(() => parseTextId(ctx, '', 1, 'Tool'))).toBe('The field "Tool" is empty in item 2');
		expect(messageOf(() => parseTextId(ctx, 'a/b', 0, 'Tool'))).toBe('The field "Tool" in item 1 has an invalid value: "a/b"');
		expect(messageOf(() => parseTextId(ctx, { a: 1 }, 0, 'Tool'))).toMatch(/is empty/);
	});
});

describe('filtersToQuery dates (shared helper, changed for the store filters)', () => {
	it('adds the time WooCommerce requires to dates without one', () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { filtersToQuery } = require('../../nodes/WooCommerce/actions/shared/records') as typeof import('../../nodes/WooCommerce/actions/shared/records');
		expect(filtersToQuery(ctx, 0, { after: '2026-11-22', before: '2026-11-23 10:30' }, ['after', 'before'])).toEqual({
			after: '2026-11-22T00:00:00',
			before: '2026-11-23T10:30:00',
		});
		expect(filtersToQuery(ctx, 0, { after: '2026-11-22T10:00:00' }, ['after'])).toEqual({ after: '2026-11-22T10:00:00' });
	});
});

describe('decodeEntities', () => {
	it('decodes the entities WooCommerce puts in labels and symbols', () => {
		expect(decodeEntities('Accounts &amp; Privacy')).toBe('Accounts & Privacy');
		expect(decodeEntities('&#36;')).toBe('$');
		expect(decodeEntities('&euro; &#x20AC; &pound;')).toBe('&euro; € &pound;');
		expect(decodeEntities('&#0; &bogus;')).toBe('&#0; &bogus;');
	});
});
