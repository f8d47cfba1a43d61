/**
 * Sandbox stores for the credential tests: one per case (each case changes its store), closed after the case,
 * and the credential that fits each (Ignore SSL Issues on for the sandbox's self-signed https).
 */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Sandbox = any;

/** Registers an afterEach that closes what the returned function started. */
export function sandboxPerTest(): (options?: Record<string, unknown>) => Promise<Sandbox> {
	const open: Sandbox[] = [];
	afterEach(async () => {
		while (open.length) await open.pop().close();
	});
	return async (options = {}) => {
		const sb = await startSandbox(options);
		open.push(sb);
		return sb;
	};
}

export function credentialsFor(sb: Sandbox, over: ICredentialDataDecryptedObject = {}): ICredentialDataDecryptedObject {
	return {
		url: sb.url,
		consumerKey: sb.keys.readWrite.key,
		consumerSecret: sb.keys.readWrite.secret,
		authentication: 'auto',
		signatureMethod: 'HMAC-SHA256',
		apiVersion: 'wc/v3',
		ignoreSslIssues: sb.url.startsWith('https:'),
		...over,
	};
}
