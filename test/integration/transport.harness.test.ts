import { chain, errorOf, loadPackageNodeTypes, makeNode, outputOf, runInNodeContext, runWorkflow, SET_ITEMS_TYPE, usesRealCredential } from '../helpers/n8n';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

describe('in-process n8n harness', () => {
	it('runs a workflow with expressions', async () => {
		const run = await runWorkflow(
			chain(makeNode('Items', SET_ITEMS_TYPE, { items: '=[{"a":1},{"a":{{ 1 + 1 }}}]' })),
			{ credentials: {} },
		);
		expect(outputOf(run, 'Items').map((i) => i.json)).toEqual([{ a: 1 }, { a: 2 }]);
	});

	it('gives a real execute context', async () => {
		const name = await runInNodeContext(undefined, async function () {
			return this.getNode().name;
		});
		expect(name).toBe('WooCommerce');
	});

	it('rethrows what the callback threw', async () => {
		await expect(
			runInNodeContext(undefined, async function () {
				throw new Error('boom');
			}),
		).rejects.toThrow('boom');
	});

	it('loads the package nodes from the TypeScript sources under their package names', () => {
		const known = Object.keys(loadPackageNodeTypes().getKnownTypes());
		expect(known).toEqual(expect.arrayContaining(['n8n-nodes-base.manualTrigger', 'test.setItems', 'test.callback']));
		expect(known).toContain('n8n-nodes-woocommerce.wooCommerce');
		expect(usesRealCredential()).toBe(true);
	});

	it('runs the WooCommerce node per item, with expressions, against the sandbox store', async () => {
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
});
