import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The layers of `src/`, lowest first, and what each may import. Data flows one way:
 * schemas ← domain ← store ← islands, with loaders beside the store (build-time reading of
 * the content collections); components, layouts and pages may use anything below them;
 * nothing imports a page. A file that imports from a higher layer fails this test.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  schemas: ['schemas'],
  domain: ['schemas', 'domain'],
  store: ['schemas', 'domain', 'store'],
  islands: ['schemas', 'domain', 'store', 'islands'],
  loaders: ['schemas', 'domain', 'loaders'],
  integrations: ['schemas', 'domain', 'store', 'integrations'],
  components: ['schemas', 'domain', 'store', 'islands', 'loaders', 'components', 'styles'],
  layouts: ['schemas', 'domain', 'store', 'islands', 'loaders', 'components', 'layouts', 'styles'],
  pages: ['schemas', 'domain', 'store', 'islands', 'loaders', 'components', 'layouts', 'styles'],
  styles: ['styles'],
  'content.config.ts': ['schemas'],
};

/** Layers that run in the browser or stay free of Astro: they may not import `astro:*` modules. */
const NO_ASTRO = new Set(['schemas', 'domain', 'store', 'islands']);

/** Every module a source file imports: static, re-exported, side-effect and dynamic imports. */
function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) if (m[1]) found.push(m[1]);
  return found;
}

/** Every source file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro|mjs|js)$/.test(name) ? [path] : [];
  });
}

/** The layer of a path relative to `src/`: its first folder, or the file itself at the top. */
const layerOf = (path: string) => path.split(sep)[0] ?? '';

/** Every import under `srcDir` that breaks the layers, as "file → import (layer → layer)". */
function layerViolations(srcDir: string): string[] {
  const problems: string[] = [];
  for (const file of sourceFiles(srcDir)) {
    const from = layerOf(relative(srcDir, file));
    const allowed = MAY_IMPORT[from];
    const name = relative(srcDir, file).split(sep).join('/');
    if (!allowed) {
      problems.push(`${name}: a file outside the known layers (${Object.keys(MAY_IMPORT).join(', ')})`);
      continue;
    }
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('astro:') && NO_ASTRO.has(from)) {
        problems.push(`${name} → ${spec} (${from} must not depend on Astro)`);
        continue;
      }
      if (!spec.startsWith('.')) continue;
      const target = relative(srcDir, join(dirname(file), spec));
      const to = target.startsWith('..') ? '(outside src)' : layerOf(target);
      if (!allowed.includes(to)) problems.push(`${name} → ${spec} (${from} may not import ${to})`);
    }
  }
  return problems;
}

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

describe('layers', () => {
  it('every file in src/ imports only from its own layer or the layers below it', () => {
    expect(sourceFiles(SRC).length).toBeGreaterThan(100);
    expect(layerViolations(SRC)).toEqual([]);
  });

  describe('on a small tree of its own', () => {
    const root = mkdtempSync(join(tmpdir(), 'layers-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    /** Writes a fixture tree: path under src → file text. */
    const tree = (name: string, files: Record<string, string>) => {
      const src = join(root, name, 'src');
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(src, path)), { recursive: true });
        writeFileSync(join(src, path), text);
      }
      return src;
    };
    const sound = {
      'schemas/thing.ts': "import * as z from 'zod/mini';\nexport const thing = z.string();\n",
      'domain/rule.ts': "import { thing } from '../schemas/thing';\nexport const rule = () => thing;\n",
      'store/things.ts': "import { rule } from '../domain/rule';\nexport const $things = rule();\n",
      'islands/Things.tsx': "import { $things } from '../store/things';\nexport default () => $things;\n",
      'loaders/things.ts': "import { getCollection } from 'astro:content';\nimport { rule } from '../domain/rule';\n",
      'components/List.astro': "---\nimport { loadThings } from '../loaders/things';\n---\n",
      'pages/index.astro':
        "---\nimport List from '../components/List.astro';\nimport Things from '../islands/Things';\n---\n",
    };

    it('passes when every import points down', () => {
      expect(layerViolations(tree('sound', sound))).toEqual([]);
    });

    it('fails on an upward import: a schema that imports from the domain', () => {
      const src = tree('upward', {
        ...sound,
        'schemas/thing.ts': "import { rule } from '../domain/rule';\nexport const thing = rule;\n",
      });
      expect(layerViolations(src)).toEqual(['schemas/thing.ts → ../domain/rule (schemas may not import domain)']);
    });

    it('fails when the domain reaches into storage, a store into an island, or a component into a page', () => {
      const src = tree('reaching', {
        ...sound,
        'domain/rule.ts': "export { $things } from '../store/things';\n",
        'store/things.ts': "export const $things = () => import('../islands/Things');\n",
        'components/List.astro': "---\nimport { load } from '../pages/_load';\n---\n",
        'pages/_load.ts': 'export const load = 1;\n',
      });
      expect(layerViolations(src)).toEqual([
        'components/List.astro → ../pages/_load (components may not import pages)',
        'domain/rule.ts → ../store/things (domain may not import store)',
        'store/things.ts → ../islands/Things (store may not import islands)',
      ]);
    });

    it('fails when browser code depends on Astro, and on a file outside the known layers', () => {
      const src = tree('astro', {
        ...sound,
        'islands/Things.tsx': "import { getCollection } from 'astro:content';\n",
        'lib/helper.ts': 'export const helper = 1;\n',
      });
      expect(layerViolations(src)).toEqual([
        'islands/Things.tsx → astro:content (islands must not depend on Astro)',
        expect.stringMatching(/^lib\/helper\.ts: a file outside the known layers/),
      ]);
    });
  });
});
