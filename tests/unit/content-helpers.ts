import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Repository root. */
export const ROOT = new URL('../..', import.meta.url).pathname;

/** One lesson file read straight from disk: its id, raw frontmatter and MDX body. */
export interface LessonFile {
  id: string;
  file: string;
  frontmatter: unknown;
  body: string;
}

/** Reads every `content/lessons/*.mdx` file in file-name order. */
export function readLessonFiles(): LessonFile[] {
  const dir = join(ROOT, 'content/lessons');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const source = readFileSync(join(dir, f), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
      if (!match) throw new Error(`${f}: no frontmatter block`);
      return { id: f.replace(/\.mdx$/, ''), file: f, frontmatter: parse(match[1] ?? ''), body: match[2] ?? '' };
    });
}
