import { describe, expect, it } from 'vitest';
import { parseTable, parseTableInSlices } from '../../src/domain/coi/import/csv';
import { inSlices } from '../../src/domain/slices';
import { linkedInExport } from '../bench/linkedin-export.mjs';

describe('work in slices', () => {
  it('gives the page a turn whenever a slice has used its time budget, and reports progress', async () => {
    let clock = 0;
    let turns = 0;
    const progress: number[] = [];
    const ran = await inSlices(
      10,
      () => {
        clock += 15;
      },
      (done) => progress.push(done),
      40,
      () => clock,
      async () => {
        turns++;
      },
    );
    expect(ran).toBe(10);
    // 15 ms a step and a 40 ms budget: slices of three steps.
    expect(progress).toEqual([3, 6, 9, 10]);
    expect(turns).toBe(3);
  });

  it('stops early when a step says so', async () => {
    const ran = await inSlices(
      10,
      (i) => i < 4,
      undefined,
      40,
      () => 0,
      async () => {},
    );
    expect(ran).toBe(5);
  });

  it('parses a long CSV file a slice at a time into the same table', async () => {
    const text = linkedInExport(3000);
    const progress: number[] = [];
    const sliced = await parseTableInSlices(
      text,
      async () => {},
      (done) => progress.push(done),
    );
    expect(sliced).toEqual(parseTable(text));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(text.length);
  });
});
