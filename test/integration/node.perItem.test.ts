import { chain, errorOf, makeNode, outputOf, runWorkflow, SET_ITEMS_TYPE } from '../helpers/n8n';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

it('the WooCommerce node runs per item, with expressions, and pairs each output with its input', async () => {
	const sb = await startSandbox({ seed: 'demo' });
	try {
		const run = await runWorkflow(
			chain(
				makeNode('Items', SET_ITEMS_TYPE, { items: '[{"n":2},{"n":3}]' }),
				makeNode('WooCommerce', 'n8n-nodes-woocommerce.wooCommerce', { resource: 'product', operation: 'getAll', returnAll: false, limit: '={{ $json.n }}' }),
			),
			{ credentials: { wooCommerceRestApi: { url: sb.url, consumerKey: sb.keys.readWrite.key, consumerSecret: sb.keys.readWrite.secret, authentication: 'auto' } } },
		);
		expect(errorOf(run, 'WooCommerce')).toBeUndefined();
		const items = outputOf(run, 'WooCommerce');
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }, { item: 1 }, { item: 1 }]);
	} finally {
		await sb.close();
	}
});
