const path = require('path');

/** @type {import('jest').Config} */
module.exports = {
	rootDir: path.resolve(__dirname, '..'),
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.json') }],
	},
	// Real HTTP against the sandbox store on 127.0.0.1; the end-to-end suite sets its own, longer timeouts.
	testTimeout: 30000,
	maxWorkers: 2,
	// Nothing stays under the system temp dir after a run: jest's cache lives with the dependencies, the tests' own
	// folders in one per-run folder that the teardown removes.
	cacheDirectory: '<rootDir>/node_modules/.cache/jest',
	globalSetup: '<rootDir>/test/helpers/globalSetup.js',
	globalTeardown: '<rootDir>/test/helpers/globalTeardown.js',
};
