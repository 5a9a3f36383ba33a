// Validates every built page with html-validate (the W3C rules it implements plus
// accessibility and best-practice rules). Fails on any error.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const loader = new FileSystemConfigLoader({
  extends: ['html-validate:recommended'],
  // Astro's island runtime puts one <style> in <body> before the first island; browsers accept it.
  elements: ['html5', { style: { flow: true } }],
  rules: {
    // Astro emits these; they are valid HTML.
    'no-inline-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
    // Scripts and styles come from this site only; subresource integrity is for other origins.
    'require-sri': 'off',
    // Astro adds data-astro-cid-* attributes to <html>; islands use custom elements.
    'no-unknown-elements': 'off',
  },
});
const validator = new HtmlValidate(loader);

function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* htmlFiles(p);
    else if (name.endsWith('.html')) yield p;
  }
}

let errors = 0;
let pages = 0;
for (const file of htmlFiles(dist)) {
  if (file.includes(`${join(dist, 'pagefind')}`)) continue;
  pages++;
  const report = await validator.validateFile(file);
  for (const r of report.results) {
    for (const m of r.messages) {
      errors++;
      console.error(`${relative(dist, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
}
if (errors) {
  console.error(`${errors} HTML problem(s) found.`);
  process.exit(1);
}
console.log(`HTML valid on all ${pages} pages.`);
