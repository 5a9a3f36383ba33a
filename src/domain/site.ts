import { withBase } from './paths';

/** Site-wide facts shown in the header, footer and meta tags. */
export const SITE = {
  /** The site's name. */
  name: 'Relationship First',
  /** One line on what it is. */
  tagline: 'A workshop on business networking that starts with giving.',
  /** Default meta description. */
  description:
    'A free workshop on relationship-first business networking: seven short lessons, tools for your centers of influence and giving-first habits, and printable worksheets. Your data stays in your browser.',
} as const;

/** Builds a page title: "Page · Relationship First", or the site name alone. */
export function pageTitle(title?: string): string {
  return title ? `${title} · ${SITE.name}` : `${SITE.name}: ${SITE.tagline}`;
}

/** The web app manifest of a copy served under `base`: start page, scope and icons all sit under it. */
export function webManifest(base: string) {
  const at = (path: string) => withBase(path, base);
  return {
    name: SITE.name,
    short_name: SITE.name,
    description:
      'A workshop on relationship-first business networking: lessons, tools and printable worksheets. Your data stays in your browser.',
    start_url: at('/'),
    scope: at('/'),
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#1f5f57',
    icons: [
      { src: at('/icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: at('/icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: at('/icons/maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: at('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
