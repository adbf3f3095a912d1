/**
 * Inside Excel, CustomFunctions is a global: errors must be CustomFunctions.Error and each id is
 * associated once. These tests stand in a fake global, then load the module fresh.
 */
describe('custom functions inside Excel', () => {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  afterEach(() => {
    delete g.CustomFunctions;
    jest.resetModules();
  });

  it('associates the six ids once each when the global exists', () => {
    const associate = jest.fn();
    g.CustomFunctions = { associate, Error: class {}, ErrorCode: { invalidValue: '#VALUE!' } };
    jest.isolateModules(() => {
      require('./functions');
    });
    expect(associate.mock.calls.map((c) => c[0]).sort()).toEqual(['BN', 'NET', 'NUM', 'QTOTAL', 'SCORE', 'TIER']);
    for (const [, fn] of associate.mock.calls) expect(typeof fn).toBe('function');
  });

  it('does nothing (and does not throw) without the global', () => {
    expect(() =>
      jest.isolateModules(() => {
        require('./functions');
      }),
    ).not.toThrow();
  });

  it('throws CustomFunctions.Error(invalidValue, message) when the global exists', () => {
    class FakeError {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    }
    g.CustomFunctions = { associate: jest.fn(), Error: FakeError, ErrorCode: { invalidValue: '#VALUE!' } };
    jest.isolateModules(() => {
      const { num } = require('./functions');
      let thrown: unknown;
      try {
        num('১২অ');
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(FakeError);
      expect((thrown as FakeError).code).toBe('#VALUE!');
      expect((thrown as FakeError).message).toContain('APA.NUM text');
    });
  });
});
