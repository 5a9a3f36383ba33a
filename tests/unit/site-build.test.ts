import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../../src/domain/search';
import { isSearchShortcut } from '../../src/domain/shortcuts';
import { cspOf, pathOf, sitemap } from '../../src/integrations/finish-build';
import { headersFile, SECURITY_HEADERS } from '../../src/integrations/headers';

describe('search excerpts', () => {
  it('keeps marks as highlighted parts and everything else as text', () => {
    expect(excerptParts('the local <mark>deli</mark> where they know you')).toEqual([
      { text: 'the local ', mark: false },
      { text: 'deli', mark: true },
      { text: ' where they know you', mark: false },
    ]);
  });

  it('drops any other markup and decodes entities into text', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>Tom &amp; Jerry &lt;3 <mark>x</mark>')).toEqual([
      { text: 'Tom & Jerry <3 ', mark: false },
      { text: 'x', mark: true },
    ]);
    expect(decodeEntities('&#39;&#x27;&quot;&unknown;')).toBe(`''"&unknown;`);
  });
});

describe('the "/" shortcut', () => {
  it('opens search from the page but not from text fields', () => {
    expect(isSearchShortcut('/', { tagName: 'BODY' })).toBe(true);
    expect(isSearchShortcut('/', null)).toBe(true);
    expect(isSearchShortcut('/', { tagName: 'TEXTAREA' })).toBe(false);
    expect(isSearchShortcut('/', { tagName: 'INPUT' })).toBe(false);
    expect(isSearchShortcut('/', { tagName: 'DIV', isContentEditable: true })).toBe(false);
    expect(isSearchShortcut('?', { tagName: 'BODY' })).toBe(false);
  });
});

describe('build finishing', () => {
  it('maps built files to paths', () => {
    expect(pathOf('/d', '/d/index.html')).toBe('/');
    expect(pathOf('/d', '/d/lessons/a/index.html')).toBe('/lessons/a/');
    expect(pathOf('/d', '/d/404.html')).toBe('/404');
  });

  it('reads the CSP from a meta tag', () => {
    const html = `<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src 'self'">`;
    expect(cspOf(html)).toBe("default-src 'self'; script-src 'self'");
    expect(cspOf('<p>')).toBeNull();
  });

  it('writes global security headers and each page’s CSP', () => {
    const file = headersFile([
      { path: '/', csp: "default-src 'self'" },
      { path: '/lessons/a/', csp: "script-src 'self'" },
      { path: '/plain', csp: null },
    ]);
    expect(file.startsWith('/*\n')).toBe(true);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`  ${k}: ${v}`);
    expect(file).toContain("/lessons/a/\n  Content-Security-Policy: script-src 'self'");
    expect(file).toContain("/lessons/a/index.html\n  Content-Security-Policy: script-src 'self'");
    expect(file).not.toContain('/plain');
  });

  it('lists every page but the 404 in the sitemap, with absolute addresses', () => {
    const xml = sitemap(new URL('https://example.org/'), ['/', '/lessons/a/', '/404']);
    expect(xml).toContain('<loc>https://example.org/</loc>');
    expect(xml).toContain('<loc>https://example.org/lessons/a/</loc>');
    expect(xml).not.toContain('404');
  });
});
