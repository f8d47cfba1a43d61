#!/usr/bin/env node
'use strict';
/**
 * README pictures from the real n8n editor: the WooCommerce node panel, the trigger panel and the credential
 * dialog, captured with headless Chromium (Debian's `chromium`, driven by playwright-core) into
 * test/e2e/screenshots/*.png.
 *
 *   apt-get install -y chromium        # once
 *   npm run build && node test/e2e/screenshots.js
 *
 * Env: CHROMIUM_PATH (default /usr/bin/chromium).
 */

const fs = require('node:fs');
const fsp = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');
const { startE2e, sandboxCredentialData, node, chain, type, OWNER } = require('./harness');

const OUT_DIR = path.join(__dirname, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function log(msg) {
	process.stderr.write(`[screenshots] ${msg}\n`);
}

/** Shrinks the PNGs with pngquant when it is installed (apt-get install -y pngquant). */
function optimise(dir) {
	const { spawnSync } = require('node:child_process');
	for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.png'))) {
		const file = path.join(dir, f);
		const res = spawnSync('pngquant', ['--force', '--skip-if-larger', '--quality=70-95', '--strip', '--output', file, file]);
		if (res.error) {
			log('pngquant not installed: PNGs left as captured');
			return;
		}
	}
}

async function main() {
	if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium`);
	const { chromium } = require('playwright-core');
	const e2e = await startE2e();
	const profile = await fsp.mkdtemp(path.join(os.tmpdir(), 'chromium-profile-'));
	let context;
	try {
		const { client, sandbox, n8n } = e2e;
		const cred = await client.createCredential({
			name: 'WooCommerce account',
			type: 'wooCommerceRestApi',
			// The sandbox store, so that the dialog's automatic connection test shows success.
			data: sandboxCredentialData(sandbox),
		});
		const credentials = { wooCommerceRestApi: { id: cred.id, name: cred.name } };
		const actionWf = await client.createWorkflow({
			name: 'WooCommerce: products',
			nodes: [
				node('When clicking ‘Execute workflow’', 'n8n-nodes-base.manualTrigger', {}, { position: [0, 0] }),
				node(
					'WooCommerce',
					type('wooCommerce'),
					{
						resource: 'order',
						operation: 'getAll',
						returnAll: true,
						filters: { status: ['processing', 'completed'] },
						options: { fields: 'id,number,status,total,billing.email' },
					},
					{ position: [240, 0], credentials },
				),
			],
			connections: chain('When clicking ‘Execute workflow’', 'WooCommerce'),
		});
		const wanted = [{ file: 'node-panel.png', wf: actionWf, nodeName: 'WooCommerce' }];
		if (e2e.expected.nodes.includes('wooCommerceTrigger')) {
			const triggerWf = await client.createWorkflow({
				name: 'WooCommerce: new orders',
				nodes: [
					node(
						'WooCommerce Trigger',
						type('wooCommerceTrigger'),
						{ events: ['order.created'] },
						{ position: [0, 0], credentials, webhookId: require('node:crypto').randomUUID() },
					),
				],
				connections: {},
			});
			wanted.push({ file: 'trigger-panel.png', wf: triggerWf, nodeName: 'WooCommerce Trigger' });
		} else {
			log('no wooCommerceTrigger node in the package yet: skipping the trigger picture');
		}

		const browser = await chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM,
			headless: true,
			viewport: { width: 1280, height: 820 },
			deviceScaleFactor: 1,
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		});
		context = browser;
		const page = context.pages()[0] || (await context.newPage());
		page.setDefaultTimeout(30000);

		log('signing in');
		await page.goto(`${n8n.url}/signin`);
		await page.locator('input[type="email"], input[name="emailOrLdapLoginId"]').first().fill(OWNER.email);
		await page.locator('input[type="password"]').first().fill(OWNER.password);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => !/signin/.test(url.pathname), { timeout: 30000 });

		await fsp.mkdir(OUT_DIR, { recursive: true });
		for (const shot of wanted) {
			const nodeId = shot.wf.nodes.find((n) => n.name === shot.nodeName).id;
			log(`${shot.file}: opening ${shot.nodeName}`);
			await page.goto(`${n8n.url}/workflow/${shot.wf.id}/${nodeId}`);
			const ndv = page.locator('[data-test-id="ndv"]').first();
			await ndv.waitFor({ state: 'visible' });
			await page.waitForTimeout(1500); // let parameters, icons and fonts settle
			await page.screenshot({ path: path.join(OUT_DIR, shot.file) });
		}

		log('credential-dialog.png: opening the credential');
		await page.goto(`${n8n.url}/home/credentials/${cred.id}`);
		const modal = page.locator('[data-test-id="editCredential-modal"]').first();
		await modal.waitFor({ state: 'visible' });
		await page.setViewportSize({ width: 1280, height: 1180 });
		await page.waitForTimeout(2500); // the dialog tests the credential when it opens
		await modal.screenshot({ path: path.join(OUT_DIR, 'credential-dialog.png') });
		optimise(OUT_DIR);
		for (const f of fs.readdirSync(OUT_DIR)) {
			log(`${f}: ${Math.round(fs.statSync(path.join(OUT_DIR, f)).size / 1024)} KB`);
		}
	} finally {
		if (context) await context.close().catch(() => {});
		await fsp.rm(profile, { recursive: true, force: true }).catch(() => {});
		await e2e.stop();
	}
}

if (require.main === module) {
	main().then(
		() => process.exit(0),
		(error) => {
			log(`FAILED: ${error.stack || error.message}`);
			process.exit(1);
		},
	);
}
