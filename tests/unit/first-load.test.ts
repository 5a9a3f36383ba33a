import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KEPT_WHEN_OPENED, KEPT_WHEN_USED_SCRIPTS, laterCacheName, searchCacheName } from '../../src/domain/offline';
import { underBase } from '../../src/integrations/finish-build';
import {
  allowStyles,
  INLINE_STYLE_PAGES,
  inlineStylesheets,
  loaderBoot,
  ownHashesOnly,
  scriptHash,
  scriptsAfterPaint,
  styleHash,
  stylesheetLinks,
  withLoader,
} from '../../src/integrations/first-paint';

const CSP =
  "<meta http-equiv=\"content-security-policy\" content=\"default-src 'self'; script-src 'self' 'sha256-a='; style-src 'self' 'sha256-b=';\">";
const page = (links: string[]) =>
  `<html><head>${CSP}${links.map((l) => `<link rel="stylesheet" href="${l}">`).join('')}</head><body>x</body></html>`;
const files: Record<string, string> = {
  '/_astro/a.css': 'a{color:red}\n',
  '/_astro/b.css': '@layer global{b{margin:0}}',
};

describe('stylesheets inline on reading pages', () => {
  it('joins the linked stylesheets in order into one <style> where the first link was', () => {
    const html = page(['/_astro/a.css', '/_astro/b.css']);
    expect(stylesheetLinks(html)).toEqual(['/_astro/a.css', '/_astro/b.css']);
    const out = inlineStylesheets(html, (href) => files[href] ?? '');
    const css = 'a{color:red}\n@layer global{b{margin:0}}';
    expect(out?.html).toContain(`${CSP}<style>${css}</style></head>`);
    expect(stylesheetLinks(out?.html ?? '')).toEqual([]);
    expect(out?.hash).toBe(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    expect(inlineStylesheets(page([]), () => '')).toBeNull();
  });

  it('with a place for the whole stylesheet, inlines only what the first screen uses and lists the rest after paint', () => {
    const html =
      `<html><head>${CSP}<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css"></head>` +
      '<body><h1>T</h1><section data-fold><p>x</p><b>y</b></section></body></html>';
    const saved: string[] = [];
    const out = inlineStylesheets(
      html,
      (href) => ({ '/_astro/a.css': 'h1{margin:0}p{color:red}', '/_astro/b.css': 'b{margin:0}' })[href] ?? '',
      (css) => {
        saved.push(css);
        return '/_astro/after-paint.x.css';
      },
    );
    expect(saved).toEqual(['h1{margin:0}p{color:red}\nb{margin:0}']);
    expect(out?.html).toContain(
      `${CSP}<style>h1{margin:0}</style><noscript data-href="/_astro/after-paint.x.css"><link rel="stylesheet" href="/_astro/after-paint.x.css"></noscript></head>`,
    );
    expect(out?.hash).toBe(styleHash('h1{margin:0}'));
    // The fold's mark goes.
    expect(out?.html).toContain('<section><p>x</p>');
  });

  it('refuses a stylesheet that would close the <style> element', () => {
    expect(() => inlineStylesheets(page(['/x.css']), () => 'a{}</style><script>')).toThrow(/closes a <style>/);
  });

  it('allows each inlined style by hash in the page policy, once, keeping the other directives', () => {
    const once = allowStyles(page([]), [styleHash('x'), styleHash('y')]);
    const twice = allowStyles(once, [styleHash('x')]);
    expect(twice).toBe(once);
    const csp = /content="([^"]+)"/.exec(once)?.[1] ?? '';
    expect(csp).toContain(`style-src 'self' 'sha256-b=' ${styleHash('x')} ${styleHash('y')};`);
    expect(csp).toContain("script-src 'self' 'sha256-a=';");
    const none = allowStyles(page([]).replace(" style-src 'self' 'sha256-b=';", ''), [styleHash('x')]);
    expect(/content="([^"]+)"/.exec(none)?.[1]).toContain(`style-src 'self' ${styleHash('x')}`);
  });

  it('applies to the home page, lessons, start here and the glossary, not to the tools', () => {
    for (const path of ['/', '/lessons/', '/lessons/01-a/', '/start-here/', '/glossary/'])
      expect(INLINE_STYLE_PAGES.test(path), path).toBe(true);
    for (const path of ['/coi/', '/planner/', '/lessons/01-a/print/', '/workshop/', '/search/'])
      expect(INLINE_STYLE_PAGES.test(path), path).toBe(false);
  });
});

describe('what the service worker keeps', () => {
  it('keeps workshop mode when opened, everything else on the first visit', () => {
    expect(KEPT_WHEN_OPENED.test('/workshop/half-day/1/present/')).toBe(true);
    expect(KEPT_WHEN_OPENED.test('/workshop/guide/')).toBe(true);
    for (const path of ['/workshop/', '/lessons/01-a/', '/coi/', '/planner/print/mine/'])
      expect(KEPT_WHEN_OPENED.test(path), path).toBe(false);
  });

  it('leaves only the vCard reader’s script out of the first download', () => {
    expect(KEPT_WHEN_USED_SCRIPTS.test('_astro/vcard.BT1yZ_j1.js')).toBe(true);
    for (const file of ['_astro/vcard21.BT1yZ_j1.js', '_astro/csv.C31E333T.js', '_astro/app.D_jCG4-b.js'])
      expect(KEPT_WHEN_USED_SCRIPTS.test(file), file).toBe(false);
  });

  it('routes only this copy’s addresses, and names its caches after its base', () => {
    const root = underBase('/', 'pagefind/');
    expect(root.test('https://example.org/pagefind/pagefind.js')).toBe(true);
    expect(root.test('https://example.org/workshop/pagefind/pagefind.js')).toBe(false);
    const copy = underBase('/workshop/', 'pagefind/');
    expect(copy.test('http://127.0.0.1:4382/workshop/pagefind/x.pf_index')).toBe(true);
    expect(copy.test('http://127.0.0.1:4382/pagefind/x.pf_index')).toBe(false);
    expect(searchCacheName('workshop')).toBe('rf-search:/workshop/');
    expect(laterCacheName('/')).toBe('rf-later:/');
  });
});

describe('scripts of reading pages', () => {
  const page =
    "<html><head><meta http-equiv=\"content-security-policy\" content=\"default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'\"></head>" +
    '<body><script>boot()</script><script type="module">toc()</script><script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script></body></html>';

  it('are listed inert, for the loader to add once the page has painted', () => {
    const html = scriptsAfterPaint(page);
    expect(html).not.toContain('<script type="module" src=');
    expect(html).toContain('<script type="text/plain" data-after-paint src="/_astro/a.js"></script>');
    expect(html).toContain('<script type="text/plain" data-after-paint src="/_astro/b.js"></script>');
    // Inline scripts (no request) stay as they are.
    expect(html).toContain('<script>boot()</script><script type="module">toc()</script>');
    expect(scriptsAfterPaint('<body><p>x</p></body>')).toBe('<body><p>x</p></body>');
  });

  it('are loaded by one loader file, which the head script adds after paint, only where needed', () => {
    const loader = '/_astro/paint-loader.L.js';
    const boot = loaderBoot(loader);
    const head = `<html><head><script>theme()</script>${page.slice('<html><head>'.length)}`;
    const out = withLoader(scriptsAfterPaint(head), loader);
    // Added to the head's own inline script: no script tag (which would be requested while the
    // page is read) and no second inline script.
    expect(out.html).toContain(`<head><script>theme();${boot}</script>`);
    expect(out.html).not.toContain(`src="${loader}"`);
    expect(out.hash).toBe(scriptHash(`theme();${boot}`));
    expect(withLoader(out.html, loader).html).toBe(out.html);
    // The loader's own text is not in the page.
    expect(out.html).not.toContain('querySelectorAll(q)');
    // A page without a head script gets one; the whole stylesheet listed for after paint is reason enough.
    const styled =
      '<head><noscript data-href="/a.css"><link rel="stylesheet" href="/a.css"></noscript></head><body></body>';
    expect(withLoader(styled, loader)).toEqual({
      html: styled.replace('</head>', `<script>${boot}</script></head>`),
      hash: scriptHash(boot),
    });
    // A page with nothing for after paint is left as it is.
    expect(withLoader('<head></head><body><p>x</p></body>', loader)).toEqual({
      html: '<head></head><body><p>x</p></body>',
      hash: null,
    });
  });

  describe('the loader file is requested once, after the largest text is on screen', () => {
    /** Runs the boot script in a stand-in browser that reports `types` of performance entries. */
    const run = (types: string[] | null) => {
      const appended: { src?: string }[] = [];
      const listeners: Record<string, () => void> = {};
      const observed: { type?: string; notify?: () => void } = {};
      const timers: (() => void)[] = [];
      class Observer {
        static supportedEntryTypes = types ?? [];
        constructor(notify: () => void) {
          observed.notify = notify;
        }
        observe(options: { type: string; buffered: boolean }) {
          observed.type = options.type;
          expect(options.buffered).toBe(true);
        }
      }
      const env = {
        PerformanceObserver: types ? Observer : undefined,
        document: { createElement: () => ({}), head: { append: (el: { src?: string }) => appended.push(el) } },
        addEventListener: (type: string, f: () => void) => {
          listeners[type] = f;
        },
        setTimeout: (f: () => void) => timers.push(f),
      };
      new Function(...Object.keys(env), loaderBoot('/x.js'))(...Object.values(env));
      const tick = () => {
        for (const f of timers.splice(0)) f();
      };
      return { appended, listeners, observed, timers, tick };
    };

    it('waits for the largest contentful paint where the browser reports it', () => {
      const b = run(['paint', 'largest-contentful-paint']);
      expect(b.observed.type).toBe('largest-contentful-paint');
      // Only the 3 s fallback is waiting; nothing is requested yet.
      expect(b.timers).toHaveLength(1);
      expect(b.appended).toEqual([]);
      b.observed.notify?.();
      expect(b.appended).toEqual([{ src: '/x.js' }]);
      // Later reports and the fallback add nothing more.
      b.observed.notify?.();
      b.tick();
      expect(b.appended).toHaveLength(1);
    });

    it('else at the load event, at once where it cannot tell, and at the latest after 3 s', () => {
      const older = run(['paint']);
      expect(older.observed.type).toBeUndefined();
      older.listeners.load?.();
      expect(older.appended).toEqual([{ src: '/x.js' }]);
      expect(run(null).appended).toEqual([{ src: '/x.js' }]);
      const late = run(['largest-contentful-paint']);
      late.tick();
      expect(late.appended).toEqual([{ src: '/x.js' }]);
    });
  });

  it('can save inline module scripts that import nothing as files, listed the same way', () => {
    const saved: string[] = [];
    const html = scriptsAfterPaint(
      page.replace('</body>', '<script type="module">import "/x.js";go()</script></body>'),
      (js) => {
        saved.push(js);
        return `/_astro/after-paint.${saved.length}.js`;
      },
    );
    expect(saved).toEqual(['toc()']);
    expect(html).toContain(
      '<script>boot()</script><script type="text/plain" data-after-paint src="/_astro/after-paint.1.js"></script>',
    );
    expect(html).toContain('<script type="module">import "/x.js";go()</script>');
  });
});

describe('each page’s policy', () => {
  it('allows by hash only the inline scripts and styles the page holds', () => {
    const boot = 'boot()';
    const style = 'p{color:red}';
    const page =
      `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${scriptHash(boot)} 'sha256-other='; style-src 'self' &#39;sha256-gone=&#39; ${styleHash(style)}; img-src 'self'">` +
      `<script>${boot}</script><script type="application/json">{"a":1}</script><script type="text/plain" data-after-paint src="/a.js"></script><style>${style}</style>`;
    const csp = /content="([^"]+)"/.exec(ownHashesOnly(page))?.[1] ?? '';
    expect(csp).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${scriptHash(boot)}; style-src 'self' ${styleHash(style)}; img-src 'self'`,
    );
  });
});
