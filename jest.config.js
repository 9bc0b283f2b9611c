/** Jest: TypeScript through ts-jest; tests mirror src/ under tests/. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', isolatedModules: true } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // ESM-only dependencies of office-addin-manifest, shimmed for jest on Node 20.
  moduleNameMapper: {
    '^strip-bom$': '<rootDir>/tests/shims/strip-bom.js',
    '^node-fetch$': '<rootDir>/tests/shims/node-fetch.js',
    '^uuid$': '<rootDir>/tests/shims/uuid.js',
  },
};
