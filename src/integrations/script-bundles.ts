import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * How the browser's scripts are bundled, where the bundler's defaults cost every page:
 * - a module loaded on demand (`import()`) is loaded through the site's own small helper
 *   (src/islands/preload.ts) instead of Vite's. Vite wraps every dynamic import of a
 *   browser build in its helper, whatever `build.modulePreload` says (that option only
 *   empties the lists of files to preload), and every page has one: the site-wide script
 *   loads the store after paint, and the Preact renderer can load signals;
 * - modules that every page loading one of them loads in full go into one file
 *   (`SHARED_FILES`), where the bundler would split them by which scripts import them.
 */

/** The id under which Vite imports its dynamic-import helper into every chunk that has an `import()`. */
export const VITE_PRELOAD_HELPER = '\0vite/preload-helper.js';

/** Text only Vite's own helper contains: found in a built script, the site's helper was not used. */
export const VITE_HELPER_MARK = 'vite:preloadError';

/**
 * What is wrong with a built script for the site's helper, if anything: it holds Vite's own
 * helper (Vite no longer imports it by the id above), or a module it imports on demand
 * needs a stylesheet, which the site's helper does not load.
 */
export function preloadProblem(code: string): string | null {
  if (code.includes(VITE_HELPER_MARK))
    return `it holds Vite's dynamic-import helper instead of src/islands/preload.ts (Vite no longer imports it as ${JSON.stringify(VITE_PRELOAD_HELPER)})`;
  const deps = /\bm\.f=(\[[^\]]*\])/.exec(code)?.[1];
  const css = deps ? (JSON.parse(deps) as string[]).filter((dep) => dep.endsWith('.css')) : [];
  if (css.length)
    return `a module it imports on demand needs ${css.join(', ')}, and src/islands/preload.ts loads scripts only: import the stylesheet where the page links it (an Astro component or an island)`;
  return null;
}

/**
 * Modules bundled into one file each:
 * - `preact`: Preact's core, hooks and JSX runtime, which every page with an island loads,
 *   and the bundler would otherwise serve as three files;
 * - `site`: the two small modules every page loads, the site's addresses
 *   (src/domain/paths.ts) and the preload helper (every page loads a module on demand).
 */
export const SHARED_FILES = [
  { name: 'preact', test: /[\\/]node_modules[\\/]preact[\\/]/ },
  { name: 'site', test: /[\\/]src[\\/](?:domain[\\/]paths|islands[\\/]preload)\.ts$/ },
];

/** The site's helper. */
const SITE_PRELOAD_HELPER = fileURLToPath(new URL('../islands/preload.ts', import.meta.url));

/** The integration: applies the above to the browser build. */
export default function scriptBundles(): AstroIntegration {
  return {
    name: 'relationship-first:script-bundles',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'relationship-first:script-bundles',
                apply: 'build',
                enforce: 'pre',
                configEnvironment(name) {
                  if (name !== 'client') return;
                  return { build: { rolldownOptions: { output: { codeSplitting: { groups: SHARED_FILES } } } } };
                },
                resolveId(id) {
                  return id === VITE_PRELOAD_HELPER ? SITE_PRELOAD_HELPER : undefined;
                },
                generateBundle: {
                  order: 'post',
                  handler(_options, bundle) {
                    for (const file of Object.values(bundle)) {
                      if (file.type !== 'chunk') continue;
                      const problem = preloadProblem(file.code);
                      if (problem) this.error(`${file.fileName}: ${problem}`);
                    }
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
