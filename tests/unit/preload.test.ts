import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadProblem, SHARED_FILES } from '../../src/integrations/script-bundles';

/** The links the helper adds to a stand-in document's head. */
let added: { rel?: string; href?: string }[] = [];

beforeEach(() => {
  added = [];
  vi.stubGlobal('document', {
    createElement: () => ({}),
    head: { appendChild: (link: { rel?: string; href?: string }) => added.push(link) },
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A fresh copy of the helper (its memory of what it asked for is per page). */
const helper = async () => (await import('../../src/islands/preload')).__vitePreload;

describe('loading a module on demand', () => {
  it('preloads the scripts the module imports from the site’s base, then loads it', async () => {
    const preload = await helper();
    const load = vi.fn(async () => ({ ready: true }));
    await expect(preload(load, ['_astro/app.js', '_astro/paths.js'])).resolves.toEqual({ ready: true });
    expect(load).toHaveBeenCalledTimes(1);
    expect(added).toEqual([
      { rel: 'modulepreload', href: '/_astro/app.js' },
      { rel: 'modulepreload', href: '/_astro/paths.js' },
    ]);
  });

  it('asks for each script once per page, however many modules need it', async () => {
    const preload = await helper();
    await preload(async () => 1, ['_astro/app.js', '_astro/a.js']);
    await preload(async () => 2, ['_astro/app.js', '_astro/b.js']);
    expect(added.map((l) => l.href)).toEqual(['/_astro/app.js', '/_astro/a.js', '/_astro/b.js']);
  });

  it('resolves paths from the importing script when the bundler gives its address', async () => {
    const preload = await helper();
    await preload(async () => 1, ['./app.js'], 'https://example.org/copy/_astro/site.js');
    expect(added).toEqual([{ rel: 'modulepreload', href: 'https://example.org/copy/_astro/app.js' }]);
  });

  it('loads a module with nothing to preload, and passes on a failed load', async () => {
    const preload = await helper();
    await expect(preload(async () => 'ok')).resolves.toBe('ok');
    await expect(preload(() => Promise.reject(new Error('offline')), [])).rejects.toThrow('offline');
    expect(added).toEqual([]);
  });
});

describe('the build’s check of its scripts', () => {
  it('accepts scripts that preload only scripts, or nothing', () => {
    expect(preloadProblem('import{t as e}from"./preload.js";e(()=>import("./x.js"),void 0)')).toBeNull();
    expect(
      preloadProblem(
        'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/x.js","_astro/app.js"])))=>i.map(i=>d[i]);',
      ),
    ).toBeNull();
  });

  it('refuses Vite’s own helper, and a module loaded on demand that needs a stylesheet', () => {
    expect(preloadProblem('window.dispatchEvent(new Event(`vite:preloadError`))')).toMatch(
      /Vite's dynamic-import helper instead of src\/islands\/preload\.ts/,
    );
    expect(
      preloadProblem(
        'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/x.js","_astro/x.css"])))=>i.map(i=>d[i]);',
      ),
    ).toMatch(/needs _astro\/x\.css/);
  });
});

describe('files every island page shares', () => {
  const fileOf = (id: string) => SHARED_FILES.find((group) => group.test.test(id))?.name ?? null;

  it('puts Preact’s core, hooks and JSX runtime in one file', () => {
    expect(fileOf('/site/node_modules/preact/dist/preact.module.js')).toBe('preact');
    expect(fileOf('/site/node_modules/preact/hooks/dist/hooks.module.js')).toBe('preact');
    expect(fileOf('C:\\site\\node_modules\\preact\\jsx-runtime\\dist\\jsxRuntime.module.js')).toBe('preact');
  });

  it('puts the two small modules every page loads in one file: the site’s addresses and the preload helper', () => {
    expect(fileOf('/site/src/domain/paths.ts')).toBe('site');
    expect(fileOf('/site/src/islands/preload.ts')).toBe('site');
  });

  it('leaves what only some pages load to the bundler: signals, the stores’ bindings, the site’s code', () => {
    expect(fileOf('/site/node_modules/@preact/signals/dist/signals.module.js')).toBeNull();
    expect(fileOf('/site/node_modules/@nanostores/preact/index.js')).toBeNull();
    expect(fileOf('/site/src/islands/preact-thing.tsx')).toBeNull();
    expect(fileOf('/site/src/domain/person-paths.ts')).toBeNull();
    expect(fileOf('/site/src/islands/preload-later.ts')).toBeNull();
  });
});
