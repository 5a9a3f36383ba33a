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
