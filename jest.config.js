/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
	},
	// Real HTTP against the sandbox store on 127.0.0.1; the end-to-end suite raises its own timeouts.
	testTimeout: 30000,
	maxWorkers: 2,
};
