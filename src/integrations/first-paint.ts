import { createHash } from 'node:crypto';

/**
 * Reading pages paint with the first response. Their stylesheets go into the page itself,
 * so no stylesheet request stands before the text, and their scripts (which only add to the
 * page: progress marks, saved answers) are requested only once the page has painted. The
 * stylesheets of a page are joined in their order into one `<style>`, allowed by its hash;
 * each page's Content-Security-Policy lists the hashes of its own inline code only.
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
 */
export function inlineStylesheets(html: string, read: (href: string) => string): { html: string; hash: string } | null {
  const links = stylesheetLinks(html);
  if (!links.length) return null;
  const css = links.map((href) => read(href).trim()).join('\n');
  if (/<\/style/i.test(css)) throw new Error(`A stylesheet of this page closes a <style> element: ${links.join(', ')}`);
  let first = true;
  const inlined = html.replace(LINK, () => {
    if (!first) return '';
    first = false;
    return `<style>${css}</style>`;
  });
  return { html: inlined, hash: styleHash(css) };
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
 * The one inline script of a reading page: once the page has painted (the frame after the
 * first), it loads the page's module scripts, which the page lists inert (see
 * `scriptsAfterPaint`). Nothing the reader sees first waits for a script request, and on a
 * slow connection the scripts do not compete with the text. When they have all run, `<html>`
 * gets `data-scripts="loaded"`.
 */
export const AFTER_PAINT_LOADER =
  "(function(){function load(){var l=document.querySelectorAll('script[data-after-paint]'),n=l.length;l.forEach(function(s){var m=document.createElement('script');m.type='module';m.src=s.src;m.addEventListener('load',function(){if(--n===0)document.documentElement.dataset.scripts='loaded'});document.body.appendChild(m)})}function later(){requestAnimationFrame(function(){setTimeout(load,0)})}if(document.readyState==='loading')document.addEventListener('DOMContentLoaded',later);else later()})()";

/** The CSP source that allows exactly this inline script: `'sha256-…'`. */
export function scriptHash(js: string): string {
  return styleHash(js);
}

/**
 * The page with its module scripts loaded after first paint: each `<script type="module"
 * src>` becomes an inert `<script type="text/plain" data-after-paint src>` (browsers do not
 * fetch a script of a type they do not run), and `AFTER_PAINT_LOADER` goes before `</body>`.
 * Inline module scripts (small, no request) stay as they are.
 */
export function scriptsAfterPaint(html: string): string {
  const inert = html.replace(/<script type="module" src=/g, '<script type="text/plain" data-after-paint src=');
  if (inert === html) return html;
  return inert.replace('</body>', `<script>${AFTER_PAINT_LOADER}</script></body>`);
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
