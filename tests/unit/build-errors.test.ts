import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './content-helpers';

// Builds a copy of the site with one lesson's frontmatter broken, and expects the build
// to fail with a message that names the file and the field.
const dir = mkdtempSync(join(tmpdir(), 'rf-broken-'));
for (const p of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
  cpSync(join(ROOT, p), join(dir, p), { recursive: true });
}
symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function buildWith(file: string, edit: (source: string) => string) {
  const path = join(dir, 'content/lessons', file);
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, edit(original));
  try {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
  } finally {
    writeFileSync(path, original);
  }
}

describe('a broken lesson fails the build', () => {
  it('names the file and the field when two options are correct', () => {
    const r = buildWith('03-centers-of-influence.mdx', (s) => s.replace('correct: false', 'correct: true'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('03-centers-of-influence');
    expect(r.output).toMatch(/quiz\.\d+\.options: must have exactly one correct option \(found 2\)/);
  }, 120_000);

  it('names the file and the field when a field is missing', () => {
    const r = buildWith('01-relationships-are-back.mdx', (s) => s.replace(/^summary:.*(\n {2,}.*)*\n/m, ''));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('01-relationships-are-back');
    expect(r.output).toMatch(/summary/);
  }, 120_000);

  it('names an unknown tool', () => {
    const r = buildWith('02-emotional-bank-account.mdx', (s) => s.replace(/tool: \S+/, 'tool: crystal-ball'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('02-emotional-bank-account');
    expect(r.output).toMatch(/activity\.tool: must be one of/);
  }, 120_000);
});
