import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOOLS } from '../../src/domain/tools';
import { TOOL_IDS } from '../../src/schemas/constants';
import { ROOT } from './content-helpers';

describe('tool registry', () => {
  it('describes every tool id', () => {
    expect(Object.keys(TOOLS).sort()).toEqual([...TOOL_IDS].sort());
  });

  it('links only to pages that exist in src/pages', () => {
    for (const [id, tool] of Object.entries(TOOLS)) {
      if (!tool.href) continue;
      const page = tool.href.replace(/^\/|\/$/g, '');
      const candidates = [`${page}.astro`, `${page}/index.astro`].map((p) => join(ROOT, 'src/pages', p));
      expect(candidates.some(existsSync), `${id} → ${tool.href}`).toBe(true);
    }
  });
});
