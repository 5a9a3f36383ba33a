// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';

/** The address the site is served from; used for canonical URLs and the workshop QR code. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  server: { host: '127.0.0.1', port: 4321 },
});
