import { loadLang, saveLang, type KeyValueStore } from './langStore';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('language preference', () => {
  it('defaults to Bengali', () => {
    expect(loadLang(memoryStore())).toBe('bn');
    expect(loadLang(null)).toBe('bn');
  });
  it('remembers English once chosen', () => {
    const s = memoryStore();
    saveLang(s, 'en');
    expect(loadLang(s)).toBe('en');
    saveLang(s, 'bn');
    expect(loadLang(s)).toBe('bn');
  });
  it('ignores a stored value that is not a language', () => {
    const s = memoryStore();
    s.setItem('apa-check.lang', '<script>');
    expect(loadLang(s)).toBe('bn');
  });
  it('survives a storage that throws (sandboxed webviews)', () => {
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadLang(broken)).toBe('bn');
    expect(() => saveLang(broken, 'en')).not.toThrow();
  });
});
