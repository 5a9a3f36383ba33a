import { describe, expect, it } from 'vitest';
import {
  criticalCss,
  cssItems,
  cssText,
  firstScreen,
  mayMatch,
  type Present,
  presentIn,
  withoutUnreadProperties,
} from '../../src/integrations/critical-css';

const present = (markup: string): Present => presentIn(markup, ['js']);

describe('reading a stylesheet', () => {
  it('splits it into top-level rules and statements, and joins them back unchanged', () => {
    const css =
      '@layer global,page;:root{--a:1}@media (width>=40rem){.a{color:red}.b{color:blue}}a[title="}{"]{x:y}@font-face{font-family:X}';
    const items = cssItems(css);
    expect(items.map((i) => i.prelude)).toEqual([
      '@layer global,page',
      ':root',
      '@media (width>=40rem)',
      'a[title="}{"]',
      '@font-face',
    ]);
    expect(cssText(items)).toBe(css);
  });

  it('drops comments between rules', () => {
    expect(cssText(cssItems('/* a } */.a{b:c}/* d */.e{f:g}'))).toBe('.a{b:c}.e{f:g}');
  });
});

describe('the first screen of a page', () => {
  it('ends at the element marked data-fold', () => {
    const html =
      '<html><head><style>.x{}</style></head><body><p class="a">x</p><section data-fold class="b">y</section><p class="c">z</p></body></html>';
    const screen = firstScreen(html);
    expect(screen).toContain('class="a"');
    expect(screen).not.toContain('class="b"');
    expect(screen).not.toContain('class="c"');
  });

  it('leaves out what closed <details> hide, keeping their summary, and nested details with them', () => {
    const html =
      '<body><details class="menu"><summary class="s">Menu</summary><div class="panel"><details><summary class="inner">i</summary><p class="deep">d</p></details></div></details><p class="after">a</p><details open><summary>o</summary><p class="shown">s</p></details></body>';
    const p = present(firstScreen(html));
    expect([...p.classes].sort()).toEqual(['after', 'js', 'menu', 's', 'shown']);
  });

  it('leaves out hidden elements, their content and scripts, whatever their nesting', () => {
    const html =
      '<body><div class="notices"><div class="notice" hidden><div class="x"><div class="y"></div></div></div><p class="kept">k</p></div><input class="field" hidden><script>var a="<p class=\\"s\\">"</script><template><p class="t"></p></template></body>';
    expect([...present(firstScreen(html)).classes].sort()).toEqual(['js', 'kept', 'notices']);
  });
});

describe('whether a selector may match', () => {
  const p = present(
    '<body class="page" data-astro-cid-abc><main id="main"><h1 class="title">T</h1><a class="pill" href="/">x</a></main></body>',
  );

  it('keeps selectors whose names all occur, and drops those naming something absent', () => {
    for (const s of [
      'h1',
      '.title',
      'main .title',
      '#main>h1',
      '.pill:hover',
      'a.pill::before',
      '[data-astro-cid-abc]',
      ':root',
      '*',
      'html.js .pill',
    ])
      expect(mayMatch(s, p), s).toBe(true);
    for (const s of [
      'h2',
      '.answers',
      'main .option',
      '#other',
      '.pill.on',
      '[data-astro-cid-def]',
      'blockquote p',
      'html:not(.js) .x .y',
    ])
      expect(mayMatch(s, p), s).toBe(false);
  });

  it('does not require what :not, :is, :where and :has name, nor attribute values', () => {
    for (const s of [
      'main:not(.absent)',
      '.pill:is(.a,.b)',
      ':where(.absent) h1',
      'main:has(astro-island)',
      'a[href$=".pdf"]',
      'a[title="#x.y"]',
      ':root:not([data-theme=light]) .pill',
    ])
      expect(mayMatch(s, p), s).toBe(true);
    expect(mayMatch('.absent:is(h1)', p)).toBe(false);
  });
});

describe('the critical stylesheet', () => {
  const html =
    '<html lang="en"><head></head><body><header class="bar"><details class="drop"><summary>Menu</summary><div class="panel">x</div></details></header><p class="lede">L</p><section class="quiz" data-fold><label class="option">o</label></section></body></html>';
  const css =
    '@layer global{*{box-sizing:border-box}.lede{font-size:2rem}.option{border:1px solid}}:root{--a:1;--b:2}.bar{display:flex;gap:var(--b)}.panel{position:absolute}.drop summary{cursor:pointer}@media (width>=40rem){.bar{gap:1rem}.quiz{margin:0}}@media print{.bar{display:none}}@keyframes spin{to{rotate:1turn}}';

  it('keeps the rules the first screen may use, in their order, and what is not a rule', () => {
    expect(criticalCss(css, html)).toBe(
      '@layer global{*{box-sizing:border-box}.lede{font-size:2rem}}:root{--b:2}.bar{display:flex;gap:var(--b)}.drop summary{cursor:pointer}@media (width>=40rem){.bar{gap:1rem}}@keyframes spin{to{rotate:1turn}}',
    );
  });

  it('keeps only the custom properties that what it keeps reads, directly or through another', () => {
    const css =
      ':root{color-scheme:light dark;--bg:#fff;--line:1px solid var(--border);--border:#ccc;--unused:red;--also-unused:var(--unused)}' +
      '@layer global{body{background:var(--bg)}}@media (width>=40rem){:root{--bad:red;--gap:1rem}.bar{gap:var( --gap)}}' +
      '.x{border:var(--line);content:"a;var(--quoted)";--own:1}@keyframes k{to{color:var(--ink)}}:root{--ink:blue}';
    expect(cssText(withoutUnreadProperties(cssItems(css)))).toBe(
      ':root{color-scheme:light dark;--bg:#fff;--line:1px solid var(--border);--border:#ccc}' +
        '@layer global{body{background:var(--bg)}}@media (width>=40rem){:root{--gap:1rem}.bar{gap:var( --gap)}}' +
        '.x{border:var(--line);content:"a;var(--quoted)"}@keyframes k{to{color:var(--ink)}}:root{--ink:blue}',
    );
  });

  it('keeps everything for a page without a fold whose elements all use the rules', () => {
    const all = '<html><body><header class="bar"><div class="panel"></div></header></body></html>';
    expect(criticalCss('.bar{a:b}.panel{c:d}', all)).toBe('.bar{a:b}.panel{c:d}');
  });
});
