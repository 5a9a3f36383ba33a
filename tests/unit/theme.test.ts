import { describe, expect, it } from 'vitest';
import { effectiveTheme, parseTheme, readTheme, THEME_KEY, themeBootScript, writeTheme } from '../../src/store/theme';

const throwing = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('theme store', () => {
  it('reads only the two known values', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('purple')).toBeNull();
    expect(parseTheme(null)).toBeNull();
  });

  it('round-trips through storage', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => data.set(k, v) };
    expect(writeTheme('dark', storage)).toBe(true);
    expect(data.get(THEME_KEY)).toBe('dark');
    expect(readTheme(storage)).toBe('dark');
  });

  it('survives storage that throws', () => {
    expect(readTheme(throwing)).toBeNull();
    expect(writeTheme('light', throwing)).toBe(false);
  });

  it('falls back to the OS preference', () => {
    expect(effectiveTheme(null, true)).toBe('dark');
    expect(effectiveTheme(null, false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
  });

  it('boot script applies a stored choice and ignores junk', () => {
    const run = (stored: string | null) => {
      const classes = new Set<string>();
      const root = { dataset: {} as Record<string, string>, classList: { add: (c: string) => classes.add(c) } };
      new Function('localStorage', 'document', themeBootScript())(
        { getItem: (k: string) => (k === THEME_KEY ? stored : null) },
        { documentElement: root },
      );
      expect(classes.has('js')).toBe(true);
      return root.dataset.theme;
    };
    expect(run('dark')).toBe('dark');
    expect(run('<script>')).toBeUndefined();
    expect(run(null)).toBeUndefined();
  });
});
