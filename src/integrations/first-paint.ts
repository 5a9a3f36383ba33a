import { createHash } from 'node:crypto';
import { criticalCss } from './critical-css.ts';

/**
 * Reading pages paint with the first response. The rules their first screen needs go into the
 * page itself, so no stylesheet request stands before the text (see critical-css.ts); the
 * whole stylesheet and the page's scripts (which only add to the page: progress marks, saved
 * answers) are requested once the page has painted. The critical rules are one `<style>`,
 * allowed by its hash; each page's Content-Security-Policy lists the hashes of its own inline
 * code only. Without JavaScript a `<noscript>` link loads the whole stylesheet at once.
 * Tool pages keep their stylesheet files: they are cached once and shared by the tools.
 */

/** The pages (site paths without the base) whose stylesheets are inlined: home, lessons, start here, glossary. */
export const INLINE_STYLE_PAGES = /^\/(?:lessons\/(?:[^/]+\/)?|start-here\/|glossary\/)?$/;

const LINK = /<link rel="stylesheet" href="([^"]+)"\s*\/?>/g;

/** The addresses of a page's stylesheets, in the order the page links them. */
export function stylesheetLinks(html: string): string[] {
  return [...html.matchAll(LINK)].map((m) => m[1] ?? '');
}

/** The CSP source that allows exactly this `<style>` text: `'sha256-…'`. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
}

/**
 * The page with its linked stylesheets replaced by one `<style>` (where the first link was),
 * and that style's CSP hash; null when the page links no stylesheet. `read` gives the text of
 * a stylesheet by its address.
 *
 * With `later`, the `<style>` holds only the rules the page's first screen needs (up to the
 * element marked `data-fold`, whose mark is then removed), and the whole stylesheet, joined,
 * is saved by `later` (which gives its address) and follows it in a `<noscript data-href>`:
 * `AFTER_PAINT_LOADER` (see `withLoader`) adds it after the first paint; without JavaScript
 * the link inside loads.
 */
export function inlineStylesheets(
  html: string,
  read: (href: string) => string,
  later?: (css: string) => string,
): { html: string; hash: string } | null {
  const links = stylesheetLinks(html);
  if (!links.length) return null;
  const css = links.map((href) => read(href).trim()).join('\n');
  if (/<\/style/i.test(css)) throw new Error(`A stylesheet of this page closes a <style> element: ${links.join(', ')}`);
  const inline = later ? criticalCss(css, html) : css;
  const href = later?.(css);
  const rest = href ? `<noscript data-href="${href}"><link rel="stylesheet" href="${href}"></noscript>` : '';
  let first = true;
  const inlined = html.replace(LINK, () => {
    if (!first) return '';
    first = false;
    return `<style>${inline}</style>${rest}`;
  });
  return { html: later ? withoutFold(inlined) : inlined, hash: styleHash(inline) };
}

/** The page without its `data-fold` mark. */
export function withoutFold(html: string): string {
  return html.replace(/(<[a-z][\w-]*\b[^>]*?)\sdata-fold(?:="")?(?=[\s>])/, '$1');
}

/** The page with `hashes` added to one directive of its meta Content-Security-Policy (added once each; the directive is created with 'self' if missing). */
function allowInDirective(html: string, directive: 'script-src' | 'style-src', hashes: readonly string[]): string {
  return html.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/i,
    (_all, open: string, csp: string, close: string) => {
      const parts = csp.split(';');
      const at = parts.findIndex((d) => d.trim().startsWith(`${directive} `));
      const present = at === -1 ? [] : (parts[at] ?? '').trim().split(/\s+/);
      const added = hashes.filter((h) => !present.includes(h) && !present.includes(h.replace(/'/g, '&#39;')));
      if (at === -1)
        parts.splice(parts.length - (parts.at(-1)?.trim() ? 0 : 1), 0, ` ${directive} 'self' ${added.join(' ')}`);
      else parts[at] = `${(parts[at] ?? '').replace(/\s+$/, '')} ${added.join(' ')}`;
      return `${open}${added.length ? parts.join(';') : csp}${close}`;
    },
  );
}

/** The page with `hashes` added to the style-src of its meta Content-Security-Policy (added once each). */
export function allowStyles(html: string, hashes: readonly string[]): string {
  return allowInDirective(html, 'style-src', hashes);
}

/**
 * The loader of a reading page's later parts: once the browser reports the page's first
 * contentful paint (or 3 s after its HTML is read, where paint timing is missing), it adds the
 * page's whole stylesheet (listed in `<noscript data-href>`, see `inlineStylesheets`) and,
 * when that has loaded, the page's module scripts, which the page lists inert (see
 * `scriptsAfterPaint`); scripts that change the page find its styles there. Nothing the
 * reader sees first waits for a request, and on a slow connection these do not compete with
 * the text. When the scripts have all run, `<html>` gets `data-scripts="loaded"`.
 *
 * It is a file of its own, added after the first paint (see `withLoader`): written inline it
 * was 0.5 KB of a lesson's compressed HTML, which has to fit a new connection's first round trip.
 */
export const AFTER_PAINT_LOADER =
  "(function(){var d=document,h=d.documentElement;function all(q,start,then){var l=d.querySelectorAll(q),n=l.length;if(!n)return then();l.forEach(function(e){start(e,function(){if(--n===0)then()})})}function scripts(){all('script[data-after-paint]',function(s,done){var m=d.createElement('script');m.type='module';m.src=s.src;m.addEventListener('load',done);d.body.appendChild(m)},function(){h.dataset.scripts='loaded'})}function load(){all('noscript[data-href]',function(s,done){var k=d.createElement('link');k.rel='stylesheet';k.href=s.dataset.href;k.addEventListener('load',done);k.addEventListener('error',done);d.head.appendChild(k)},scripts)}function later(){var o,t;function go(){if(t===0)return;clearTimeout(t);t=0;if(o)o.disconnect();setTimeout(load,0)}try{o=new PerformanceObserver(function(l){if(l.getEntriesByName('first-contentful-paint').length)go()});o.observe({type:'paint',buffered:true})}catch(e){}t=setTimeout(go,3000)}if(d.readyState==='loading')d.addEventListener('DOMContentLoaded',later);else later()})()";

/** The CSP source that allows exactly this inline script: `'sha256-…'`. */
export function scriptHash(js: string): string {
  return styleHash(js);
}

/**
 * The page with its module scripts loaded after first paint: each `<script type="module"
 * src>` becomes an inert `<script type="text/plain" data-after-paint src>` (browsers do not
 * fetch a script of a type they do not run), for `AFTER_PAINT_LOADER` to load (see
 * `withLoader`). With `save`, inline module scripts that import nothing (the theme button,
 * the table of contents' marker) are saved as files by `save` (which gives their address) and
 * listed the same way, so their text is not part of the first response; without it they stay
 * inline.
 */
export function scriptsAfterPaint(html: string, save?: (js: string) => string): string {
  let inert = html.replace(/<script type="module" src=/g, '<script type="text/plain" data-after-paint src=');
  if (save)
    inert = inert.replace(/<script type="module">([\s\S]*?)<\/script>/g, (whole, js: string) =>
      /(?:^|[;}\s])import[\s({*"'`]/.test(js)
        ? whole
        : `<script type="text/plain" data-after-paint src="${save(js)}"></script>`,
    );
  return inert;
}

/**
 * The few words that add the loader (saved at `src`) once the page's largest text is on
 * screen: when the browser reports the largest contentful paint (where it does not, at the
 * page's load event; at once if it cannot tell), and in any case after 3 s. The request
 * must start after that, not only stay out of the text's way: a script tag, even `async`, is
 * requested while the page is still being read, and lab measures (Lighthouse's simulation)
 * count every request that starts before the largest text is shown against it.
 */
export function loaderBoot(src: string): string {
  return `{let d=document,l='largest-contentful-paint',g=()=>{g=()=>{};d.head.append(Object.assign(d.createElement('script'),{src:${JSON.stringify(src)}}))};try{PerformanceObserver.supportedEntryTypes.includes(l)?new PerformanceObserver(()=>g()).observe({type:l,buffered:!0}):addEventListener('load',()=>g())}catch(e){g()}setTimeout(()=>g(),3e3)}`;
}

/**
 * The page with `loaderBoot(src)` added, once, when it lists a stylesheet or scripts for after
 * the first paint: at the end of the first inline script in its `<head>` (the theme's), so the
 * page holds no more inline scripts than before, or as a script of its own. `hash` is the CSP
 * source of the script it wrote (null when the page needed nothing).
 */
export function withLoader(html: string, src: string): { html: string; hash: string | null } {
  if (!/<noscript data-href=|<script type="text\/plain" data-after-paint /.test(html)) return { html, hash: null };
  const boot = loaderBoot(src);
  const headEnd = html.indexOf('</head>');
  const first = /<script>([\s\S]*?)<\/script>/.exec(html);
  if (first && first.index < headEnd) {
    const js = first[1]?.includes(boot) ? (first[1] ?? '') : `${first[1]};${boot}`;
    const at = first.index;
    return {
      html: `${html.slice(0, at)}<script>${js}</script>${html.slice(at + first[0].length)}`,
      hash: scriptHash(js),
    };
  }
  return { html: html.replace('</head>', `<script>${boot}</script></head>`), hash: scriptHash(boot) };
}

/** The page with `hashes` added to the script-src of its meta Content-Security-Policy (added once each). */
export function allowScripts(html: string, hashes: readonly string[]): string {
  return allowInDirective(html, 'script-src', hashes);
}

/** The inline scripts a page runs and its inline styles: their exact text (JSON and inert scripts do not run). */
function inlineCode(html: string): string[] {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="(?:application\/(?:ld\+)?json|text\/plain)"/.test(m[1] ?? ''))
    .map((m) => m[2] ?? '');
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  return [...scripts, ...styles];
}

/**
 * The page with a policy that allows by hash only the inline scripts and styles the page
 * itself holds. The build lists every page's hashes on every page (about 19); each page
 * needs four or five, and the rest are bytes in every response before the first paint.
 */
export function ownHashesOnly(html: string): string {
  const own = new Set(inlineCode(html).map(styleHash));
  return html.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/i,
    (_all, open: string, csp: string, close: string) => {
      // `&#39;` holds a semicolon: the policy is read with plain quotes.
      const kept = csp
        .replace(/&#39;/g, "'")
        .split(';')
        .map((directive) =>
          /^\s*(?:script|style)-src\s/.test(directive)
            ? directive
                .split(/\s+/)
                .filter((token) => !token.startsWith("'sha256-") || own.has(token))
                .join(' ')
            : directive,
        );
      return `${open}${kept.join(';')}${close}`;
    },
  );
}
