import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The conventions that keep each shared piece of the interface defined once: styles,
 * the wait for the browser, the print button and the course data (see "How it is put
 * together" in the README). Each test reads the sources as text.
 */

const SRC = new URL('../../src/', import.meta.url).pathname;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Every source file under src/ with one of these endings, by path from src/. */
function sources(...endings: string[]): { path: string; text: string }[] {
  return [...files(SRC)]
    .filter((f) => endings.some((e) => f.endsWith(e)))
    .map((f) => ({ path: relative(SRC, f), text: readFileSync(f, 'utf8') }));
}

/** The CSS of a file: a stylesheet's text, or an Astro component's <style> blocks. */
function css(file: { path: string; text: string }): string {
  const text = file.path.endsWith('.astro')
    ? [...file.text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n')
    : file.text;
  return text.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Splits a selector list at its top-level commas (not those inside :is() or :where()). */
function splitList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, list.slice(start)];
}

/** Every selector of every rule in some CSS (at-rules left out). */
function selectors(text: string): string[] {
  return [...text.matchAll(/(@?)([^{}@;]+)\{/g)]
    .filter((m) => !m[1])
    .flatMap((m) => splitList(m[2] ?? ''))
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('@') && !/^(from|to|\d+%)$/.test(s));
}

/** Classes of the shared components, each defined only in src/styles/. */
const SHARED = [
  'lede',
  'page-intro',
  'eyebrow',
  'panel',
  'points',
  'cards',
  'button',
  'link-button',
  'actions',
  'spread',
  'notice',
  'field',
  'fields',
  'hint',
  'field-error',
  'data-table',
  'sheet-table',
  'blank',
  'js-only',
];

/** Whether a selector styles a shared class itself (not an element inside some other context). */
const definesShared = (selector: string) =>
  SHARED.find((c) => new RegExp(`^(:where\\()?\\.${c}(?![\\w-])`).test(selector.replace(/^:global\(/, '')));

describe('styles', () => {
  it('define each shared component once, in src/styles/ (elsewhere only in a context of its own)', () => {
    const strays = sources('.css', '.astro')
      .filter((f) => !f.path.startsWith('styles/'))
      .flatMap((f) =>
        selectors(css(f))
          .filter((s) => definesShared(s))
          .map((s) => `${f.path}: ${s}`),
      );
    expect(strays).toEqual([]);
  });

  it('put the shared components in the cascade layer "global", below every page and island rule', () => {
    for (const f of sources('.css').filter((f) => f.path.startsWith('styles/'))) {
      if (['styles/tokens.css', 'styles/print.css'].includes(f.path)) continue;
      expect(css(f).trim(), f.path).toMatch(/^(@import[^;]+;\s*)*@layer global \{[\s\S]*\}$/);
    }
  });

  it('never reach into an island from outside: :global() only for what a page script writes', () => {
    // The search results and the sheet's QR code are written by the page's own script, so no
    // scoped style can carry their attribute.
    const allowed = ['pages/search.astro', 'components/SheetFooter.astro'];
    const users = sources('.astro', '.css')
      .filter((f) => css(f).includes(':global('))
      .map((f) => f.path);
    expect(users.filter((p) => !allowed.includes(p))).toEqual([]);
  });

  it('leave unscoped only the components listed, each rule starting from a root class of its own', () => {
    // A scoped style puts an attribute on every element the component renders; these send
    // their markup with every lesson, before or around its text (README "Styles").
    const ROOTS: Record<string, string[]> = {
      'components/SiteHeader.astro': ['site-header'],
      'components/ThemeToggle.astro': ['theme-toggle'],
      'components/Breadcrumbs.astro': ['breadcrumbs'],
      'components/TableOfContents.astro': ['toc'],
      'components/SelfCheck.astro': ['quiz', 'quiz-score'],
      'layouts/DeckLayout.astro': ['deck-body', 'deck-page', 'deck-main', 'deck-notices'],
    };
    const all = sources('.astro', '.css', '.ts', '.tsx');
    const unscoped = all.filter((f) => f.path.endsWith('.astro') && /<style[^>]*\sis:global/.test(f.text));
    expect(unscoped.map((f) => f.path).sort()).toEqual(Object.keys(ROOTS).sort());
    for (const f of unscoped) {
      const roots = ROOTS[f.path] ?? [];
      const own = (sel: string) => roots.some((r) => new RegExp(`^(html\\.js )?\\.${r}(?![\\w-])`).test(sel));
      expect(
        selectors(css(f)).filter((sel) => !own(sel)),
        `${f.path}: every rule starts from ${roots.map((r) => `.${r}`).join(' or ')}`,
      ).toEqual([]);
      // No other file gives an element these classes, so the rules reach this component only.
      for (const r of roots) {
        const users = all
          .filter((g) => g.path !== f.path)
          .filter((g) => new RegExp(`class(Name)?=["'{][^"'}]*(?<![\\w-])${r}(?![\\w-])`).test(g.text))
          .map((g) => g.path);
        expect(users, `.${r} is used outside ${f.path}`).toEqual([]);
      }
    }
  });

  it('load no tool-wide stylesheets from pages: a page styles itself, an island imports its own', () => {
    const pageImports = sources('.astro')
      .filter((f) => f.path.startsWith('pages/'))
      .flatMap((f) => [...f.text.matchAll(/import '([^']+\.css)';/g)].map((m) => `${f.path}: ${m[1]}`));
    // The handout pack lays out its own choice of sheets with the shared form fields.
    expect(pageImports).toEqual(['pages/workshop/handouts.astro: ../../styles/fields.css']);
  });
});

describe('hydration', () => {
  const islands = sources('.astro').flatMap((f) =>
    [...f.text.matchAll(/<([A-Z]\w*)\b([^>]*?\bclient:(\w+)[^>]*?)(\/?)>/g)].map((m) => ({
      file: f.path,
      name: m[1] ?? '',
      directive: m[3] ?? '',
      selfClosing: m[4] === '/',
      body: m[4] === '/' ? '' : (f.text.slice((m.index ?? 0) + m[0].length).split(`</${m[1]}>`)[0] ?? ''),
    })),
  );

  it('finds the islands', () => {
    expect(islands.length).toBeGreaterThan(10);
  });

  it('gives every client:only island a fallback the page shows until it runs', () => {
    const bare = islands
      .filter((i) => i.directive === 'only' && (i.selfClosing || !/slot="fallback"/.test(i.body)))
      .map((i) => `${i.file}: ${i.name}`);
    expect(bare).toEqual([]);
  });

  it('has one way of waiting for the browser in islands that render on the server: useHydrated()', () => {
    const handRolled = sources('.ts', '.tsx')
      .filter((f) => f.path.startsWith('islands/') && f.path !== 'islands/use-hydrated.ts')
      .filter((f) => /useEffect\(\(\) => set\w+\(true\), \[\]\)/.test(f.text))
      .map((f) => f.path);
    expect(handRolled).toEqual([]);
    const served = islands.filter((i) => i.directive !== 'only').map((i) => i.name);
    for (const name of served) {
      const island = sources('.tsx').find((f) => f.path.endsWith(`islands/${name}.tsx`));
      if (!island || !/useStore\(/.test(island.text)) continue;
      expect(island.text, `${name} reads a store and renders on the server`).toMatch(/useHydrated\(\)/);
    }
  });
});

describe('print and controls that need scripts', () => {
  it('has one print button: no other page or component calls window.print()', () => {
    const callers = sources('.astro', '.ts')
      .filter((f) => /window\.print\(\)/.test(f.text))
      .map((f) => f.path);
    expect(callers).toEqual(['components/PrintButton.astro']);
  });

  it('shows controls that need scripts with .js-only, never by unhiding them from a script', () => {
    const unhiding = sources('.astro', '.ts', '.tsx')
      .filter((f) => /data-print[^>]*\shidden\b/.test(f.text) || /\.hidden = false/.test(f.text))
      .map((f) => f.path);
    // The offline notice and the copy offer are messages shown when there is something to say.
    expect(unhiding.filter((p) => !['islands/offline.ts', 'islands/copy-offer.ts'].includes(p))).toEqual([]);
  });
});

describe('build data', () => {
  it('reads the lessons and workshop formats in one module, once per build', () => {
    const readers = sources('.astro', '.ts', '.tsx')
      .filter((f) => /getCollection\(\s*'(lessons|workshops)'/.test(f.text))
      .map((f) => f.path);
    expect(readers).toEqual(['loaders/course.ts']);
  });

  it('ships no course outline as JSON on every page', () => {
    const layouts = sources('.astro').filter((f) => f.path.startsWith('layouts/') || f.path.includes('Site'));
    for (const f of layouts) expect(f.text, f.path).not.toMatch(/application\/json/);
  });
});
