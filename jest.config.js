// Unit tests live beside the idea (src/.../x.test.ts); workbook-level tests in test/. Browser tests run separately (npm run test:e2e).
//
// office-addin-mock (test/excel/officeMock.*) needs office-addin-manifest, whose dependencies include ESM-only
// packages (the first one hit is @microsoft/app-manifest/node_modules/strip-bom). Jest does not transform
// node_modules, so those few packages — wherever npm nests them, hence the optional `.../node_modules/` — are
// compiled to CommonJS by ts-jest with allowJs (tsconfig.jest.json; webpack and tsc keep tsconfig.json).
const ESM_ONLY = ['strip-bom', 'uuid', 'node-fetch', 'data-uri-to-buffer', 'fetch-blob', 'formdata-polyfill'];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: { '^.+\\.[tj]s$': ['ts-jest', { diagnostics: false, tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  transformIgnorePatterns: [`/node_modules/(?!(?:.*/node_modules/)?(?:${ESM_ONLY.join('|')})/)`],
};
