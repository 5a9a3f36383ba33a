import { withBase } from '../domain/paths.ts';

/**
 * A Markdown plugin (Sätteri, Astro's Markdown and MDX processor): content links are written
 * from the site's root (`[words](/glossary/#id)`, `[words](/lessons/ID/)`); this puts the
 * site's base path in front of them at build time, so lessons need no change when the site
 * is served under a sub-path. Links to other hosts, fragments and relative links are left as
 * they are, and a base of '/' changes nothing.
 */

/** The parts of a link, image or link definition node the plugin reads. */
interface UrlNode {
  url: string;
}

/** The part of Sätteri's visitor context the plugin uses. */
interface Context {
  setProperty(node: UrlNode, key: 'url', value: string): void;
}

/** Puts `base` in front of the node's address when it is a site path. */
function rebase(base: string) {
  return (node: UrlNode, ctx: Context) => {
    const url = withBase(node.url, base);
    if (url !== node.url) ctx.setProperty(node, 'url', url);
  };
}

/** The plugin for `satteri({ mdastPlugins: [baseLinks(base)] })`: rebases links, images and link definitions. */
export function baseLinks(base: string) {
  const visit = rebase(base);
  return { name: 'relationship-first:base-links', link: visit, image: visit, definition: visit };
}
