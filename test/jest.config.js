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
};
