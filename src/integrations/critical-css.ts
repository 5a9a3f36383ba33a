/**
 * The part of a page's stylesheet that its first screen needs.
 *
 * A reading page carries its styles inside the HTML, so that no request stands before the
 * text; but the whole stylesheet is about a third of a lesson's compressed HTML, and under a
 * slow connection's first round trip every byte before `</head>` counts. So the page carries
 * only the rules that can apply to what is drawn first, and the whole stylesheet follows
 * after the first paint (and at once, in a `<noscript>` link, without JavaScript).
 *
 * What is drawn first: the page from `<body>` to the element marked `data-fold` (the whole
 * page if none is), leaving out what a closed `<details>` hides (all but its `<summary>`),
 * hidden elements, scripts and `<template>` content. A rule is kept when one of its
 * selectors may match there: every element name, class, id and scoped-style attribute it
 * requires occurs in that part, or on `<html>` (with the classes its head script adds). This
 * over-keeps (it never proves a match) and never drops a rule that applies. `@media print`
 * blocks are left for the whole stylesheet.
 *
 * Why the whole stylesheet after, and not only the rest: a later stylesheet that repeats every
 * rule in its order gives exactly the cascade of the original, whatever the critical part
 * moved; a "rest" stylesheet would change the order of rules that tie.
 */

/** One top-level item of a stylesheet: a rule (`prelude{block}`) or a statement (`@layer a,b;`). */
export interface CssItem {
  prelude: string;
  /** The text between the braces; null for a statement. */
  block: string | null;
}

/** Splits minified or formatted CSS into its top-level items (comments dropped, strings respected). */
export function cssItems(css: string): CssItem[] {
  const items: CssItem[] = [];
  let i = 0;
  let start = 0;
  let depth = 0;
  let blockStart = -1;
  let prelude = '';
  const n = css.length;
  while (i < n) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      if (depth === 0) {
        // A comment between items: drop it from the prelude being read.
        css = css.slice(0, i) + ' '.repeat(stop - i) + css.slice(stop);
      }
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (i < n && css[i] !== c) i += css[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === '{') {
      if (depth === 0) {
        prelude = css.slice(start, i).trim();
        blockStart = i + 1;
      }
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) {
        items.push({ prelude, block: css.slice(blockStart, i) });
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      const text = css.slice(start, i).trim();
      if (text) items.push({ prelude: text, block: null });
      start = i + 1;
    }
    i++;
  }
  const rest = css.slice(start).trim();
  if (rest && depth === 0) items.push({ prelude: rest, block: null });
  return items;
}

/** The CSS text of items. */
export function cssText(items: readonly CssItem[]): string {
  return items.map((item) => (item.block === null ? `${item.prelude};` : `${item.prelude}{${item.block}}`)).join('');
}

/** What a part of a page holds, by kind of selector. */
export interface Present {
  tags: Set<string>;
  classes: Set<string>;
  ids: Set<string>;
  /** Scoped-style ids (`data-astro-cid-…`). */
  scopes: Set<string>;
}

const VOID_OR_RAW = /^(?:script|style)$/;
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

/** The index just past the end tag that closes the `tag` element whose content starts at `from` (nested ones counted). */
function closeOf(markup: string, tag: string, from: number): { start: number; end: number } {
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  re.lastIndex = from;
  let depth = 1;
  for (let t = re.exec(markup); t; t = re.exec(markup)) {
    depth += t[1] ? -1 : 1;
    if (depth === 0) return { start: t.index, end: t.index + t[0].length };
  }
  return { start: markup.length, end: markup.length };
}

/**
 * The first screen of a page: the markup from `<body>` to the element marked `data-fold`,
 * without what is not drawn at first: the content of closed `<details>` (their `<summary>`
 * stays), elements with the `hidden` attribute, `<template>` content and scripts.
 */
export function firstScreen(html: string): string {
  const bodyAt = html.search(/<body[\s>]/);
  let body = bodyAt === -1 ? html : html.slice(bodyAt);
  const fold = body.search(/<[a-z][\w-]*\b[^>]*\sdata-fold[\s>=]/);
  if (fold !== -1) body = body.slice(0, fold);
  body = body.replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  let out = '';
  let at = 0;
  const start = /<([a-z][\w-]*)\b([^>]*)>/gi;
  for (let m = start.exec(body); m; m = start.exec(body)) {
    const tag = (m[1] ?? '').toLowerCase();
    const attrs = m[2] ?? '';
    const hidden = /\shidden(?=[\s=/]|$)/.test(attrs);
    const closedDetails = tag === 'details' && !/\sopen(?=[\s=/]|$)/.test(attrs);
    if (!hidden && !closedDetails) continue;
    const afterOpen = m.index + m[0].length;
    if (hidden) {
      out += body.slice(at, m.index);
      at = VOID.test(tag) ? afterOpen : closeOf(body, tag, afterOpen).end;
    } else {
      out += body.slice(at, afterOpen);
      const summary = /^\s*<summary\b[\s\S]*?<\/summary>/.exec(body.slice(afterOpen));
      if (summary) out += summary[0];
      const close = closeOf(body, tag, afterOpen);
      out += body.slice(close.start, close.end);
      at = close.end;
    }
    start.lastIndex = at;
  }
  return out + body.slice(at);
}

/** The element names, classes, ids and style scopes that occur in `markup` (plus those of `<html>` and `<head>`-set classes). */
export function presentIn(markup: string, extraClasses: readonly string[] = []): Present {
  const present: Present = {
    tags: new Set(['html', 'body']),
    classes: new Set(extraClasses),
    ids: new Set(),
    scopes: new Set(),
  };
  for (const m of markup.matchAll(/<([a-z][\w-]*)\b([^>]*)>/gi)) {
    const tag = (m[1] ?? '').toLowerCase();
    if (VOID_OR_RAW.test(tag)) continue;
    present.tags.add(tag);
    const attrs = m[2] ?? '';
    const cls = /\sclass="([^"]*)"/.exec(attrs);
    if (cls) for (const c of (cls[1] ?? '').split(/\s+/)) if (c) present.classes.add(c);
    const id = /\sid="([^"]*)"/.exec(attrs);
    if (id?.[1]) present.ids.add(id[1]);
    for (const s of attrs.matchAll(/\sdata-astro-cid-([\w-]+)/g)) present.scopes.add(s[1] ?? '');
  }
  return present;
}

/** Splits CSS text at `separator` where it stands outside brackets and strings. */
function splitTopLevel(text: string, separator: ',' | ';'): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i++;
      while (i < text.length && text[i] !== c) i += text[i] === '\\' ? 2 : 1;
    } else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === separator && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Splits a selector list at its top-level commas. */
const selectorList = (prelude: string) => splitTopLevel(prelude, ',');

const unescapeIdent = (s: string) => s.replace(/\\(.)/g, '$1');

/**
 * Whether `selector` may match an element of the part that `present` describes: false only
 * when it requires an element, class, id or scope that does not occur there.
 */
export function mayMatch(selector: string, present: Present): boolean {
  // Functional pseudo-classes ask for absence (`:not`), for alternatives (`:is`, `:where`) or
  // for relatives (`:has`): what they name is not required, so it is left out, innermost first.
  let s = selector;
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/:(?:not|is|where|has|matches|-webkit-any|nth-[\w-]+|host|host-context)\([^()]*\)/g, '');
  }
  const scopes = [...s.matchAll(/\[data-astro-cid-([\w-]+)\]/g)].map((m) => m[1] ?? '');
  if (scopes.some((id) => !present.scopes.has(id))) return false;
  // Attribute values may hold dots and hashes; pseudo-classes and pseudo-elements name no element.
  s = s.replace(/\[[^\]]*\]/g, '[]').replace(/::?[\w-]+(?:\([^()]*\))?/g, '');
  for (const m of s.matchAll(/\.((?:[\w-]|\\.)+)/g)) if (!present.classes.has(unescapeIdent(m[1] ?? ''))) return false;
  for (const m of s.matchAll(/#((?:[\w-]|\\.)+)/g)) if (!present.ids.has(unescapeIdent(m[1] ?? ''))) return false;
  for (const m of s.matchAll(/(?:^|[\s>+~])([a-z][\w-]*)/gi)) {
    const tag = (m[1] ?? '').toLowerCase();
    if (!present.tags.has(tag)) return false;
  }
  return true;
}

/** The items of `items` that may apply to the part `present` describes, at first paint on a screen. */
export function criticalItems(items: readonly CssItem[], present: Present): CssItem[] {
  const kept: CssItem[] = [];
  for (const item of items) {
    if (item.block === null) {
      kept.push(item);
      continue;
    }
    const at = /^@([\w-]+)\s*(.*)$/s.exec(item.prelude);
    if (!at) {
      if (selectorList(item.prelude).some((sel) => mayMatch(sel, present))) kept.push(item);
      continue;
    }
    const [, name = '', condition = ''] = at;
    if (name === 'media' && /^print$/i.test(condition.trim())) continue;
    if (name === 'media' || name === 'supports' || name === 'layer' || name === 'container' || name === 'scope') {
      const inner = criticalItems(cssItems(item.block), present);
      if (inner.length) kept.push({ prelude: item.prelude, block: cssText(inner) });
      continue;
    }
    // @font-face, @keyframes, @property, @page…: kept as they are.
    kept.push(item);
  }
  return kept;
}

/** Splits a declaration block at its top-level semicolons. */
const declarations = (block: string) => splitTopLevel(block, ';');

const CUSTOM = /^(--[\w-]+)\s*:/;
const isGroup = (prelude: string) => /^@(?:media|supports|layer|container|scope)\b/.test(prelude);

/**
 * `items` without the custom properties (`--name: …`) that nothing in them reads: a property is
 * kept when a declaration that is not a custom property names it in `var()`, or a kept custom
 * property does. The first screen uses a few of the site's colours and sizes; the whole set
 * comes with the whole stylesheet.
 */
export function withoutUnreadProperties(items: readonly CssItem[]): CssItem[] {
  const defined = new Map<string, string[]>();
  const read = new Set<string>();
  const names = (value: string) => [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1] ?? '');
  const scan = (list: readonly CssItem[]) => {
    for (const item of list) {
      if (item.block === null) continue;
      if (isGroup(item.prelude)) scan(cssItems(item.block));
      // @keyframes, @font-face, @page…: kept whole, so whatever they read is kept too.
      else if (item.prelude.startsWith('@')) for (const n of names(item.block)) read.add(n);
      else
        for (const d of declarations(item.block)) {
          const custom = CUSTOM.exec(d)?.[1];
          if (custom) defined.set(custom, [...(defined.get(custom) ?? []), ...names(d)]);
          else for (const n of names(d)) read.add(n);
        }
    }
  };
  scan(items);
  // Properties that kept properties read, until there are no more.
  for (const queue = [...read]; queue.length; )
    for (const n of defined.get(queue.pop() ?? '') ?? [])
      if (!read.has(n)) {
        read.add(n);
        queue.push(n);
      }
  const prune = (list: readonly CssItem[]): CssItem[] =>
    list.flatMap((item): CssItem[] => {
      if (item.block === null || (item.prelude.startsWith('@') && !isGroup(item.prelude))) return [item];
      if (isGroup(item.prelude)) {
        const inner = prune(cssItems(item.block));
        return inner.length ? [{ prelude: item.prelude, block: cssText(inner) }] : [];
      }
      const all = declarations(item.block);
      const kept = all.filter((d) => {
        const custom = CUSTOM.exec(d)?.[1];
        return !custom || read.has(custom);
      });
      if (kept.length === all.length) return [item];
      return kept.length ? [{ prelude: item.prelude, block: kept.join(';') }] : [];
    });
  return prune(items);
}

/**
 * The critical stylesheet of a page: the rules of `css` that may apply to its first screen,
 * without the custom properties they do not read. `headClasses` are the classes the page's
 * head script puts on `<html>` before paint.
 */
export function criticalCss(css: string, html: string, headClasses: readonly string[] = ['js']): string {
  const htmlTag = /<html\b[^>]*>/.exec(html)?.[0] ?? '';
  const present = presentIn(`${htmlTag}${firstScreen(html)}`, headClasses);
  return cssText(withoutUnreadProperties(criticalItems(cssItems(css), present)));
}
