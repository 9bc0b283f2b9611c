/** Jest: TypeScript through ts-jest; tests mirror src/ under tests/. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', isolatedModules: true } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
