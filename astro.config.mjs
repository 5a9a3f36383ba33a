// @ts-check

import { createHash } from 'node:crypto';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { normalizeBase } from './src/domain/paths.ts';
import { baseLinks } from './src/integrations/base-links.ts';
import finishBuild from './src/integrations/finish-build.ts';
import scriptBundles from './src/integrations/script-bundles.ts';
import { storageNamespace } from './src/store/namespace.ts';
import { themeBootScript } from './src/store/theme.ts';

/** The path the site is served under: '/' (the default) or a sub-path such as '/workshop/'. */
const base = normalizeBase(process.env.BASE_PATH);

/**
 * CSP hash of the inline script that applies the stored theme before first paint.
 * @type {`sha256-${string}`}
 */
const themeBootHash = `sha256-${createHash('sha256')
  .update(themeBootScript(storageNamespace(base)))
  .digest('base64')}`;

/** The address the site is served from; used for canonical URLs and the workshop QR code. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  // A second copy of the site (another base) can be built beside the first without replacing it.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { inlineStylesheets: 'never' },
  // Build caches live in the project, not in node_modules, so several checkouts can share one install.
  cacheDir: './.astro/cache',
  integrations: [mdx(), preact(), scriptBundles(), finishBuild()],
  // No code blocks in the course; Shiki's inline styles would also break the strict CSP.
  markdown: {
    syntaxHighlight: false,
    // Lesson links are written from the site's root; the plugin puts the base in front of them.
    processor: satteri({ mdastPlugins: [baseLinks(base)] }),
  },
  server: { host: '127.0.0.1', port: 4321 },
  security: {
    // A strict Content-Security-Policy: Astro hashes every script and style it emits.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // WebAssembly runs on the search page only, which adds 'wasm-unsafe-eval' to its own policy.
      scriptDirective: { resources: ["'self'"], hashes: [themeBootHash] },
    },
  },
});
