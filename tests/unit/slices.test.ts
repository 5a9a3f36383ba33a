import { describe, expect, it } from 'vitest';
import { parseTable, parseTableInSlices } from '../../src/domain/coi/import/csv';
import { inSlices, keyBatcher } from '../../src/domain/slices';
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

describe('keys that arrive together', () => {
  /** A batcher whose turns run when the test says. */
  const batcher = () => {
    const delivered: (string[] | null)[] = [];
    const turns: (() => void)[] = [];
    const add = keyBatcher(
      (keys) => delivered.push(keys),
      (run) => turns.push(run),
    );
    const turn = () => {
      for (const run of turns.splice(0)) run();
    };
    return { add, delivered, turns, turn };
  };

  it('hands every key that arrived before the next turn on at once, in order', () => {
    const b = batcher();
    b.add('rf:contact:a');
    b.add('rf:contact:b');
    b.add('rf:contact:a');
    expect(b.delivered).toEqual([]);
    expect(b.turns).toHaveLength(1);
    b.turn();
    expect(b.delivered).toEqual([['rf:contact:a', 'rf:contact:b', 'rf:contact:a']]);
    // The next key waits for a turn of its own.
    b.add('rf:contact:c');
    b.turn();
    expect(b.delivered).toEqual([['rf:contact:a', 'rf:contact:b', 'rf:contact:a'], ['rf:contact:c']]);
    b.turn();
    expect(b.delivered).toHaveLength(2);
  });

  it('says everything may have changed when storage was cleared among the keys', () => {
    const b = batcher();
    b.add('rf:contact:a');
    b.add(null);
    b.add('rf:contact:b');
    b.turn();
    expect(b.delivered).toEqual([null]);
    b.add('rf:contact:c');
    b.turn();
    expect(b.delivered).toEqual([null, ['rf:contact:c']]);
  });

  it('waits for a real turn of the page by default', async () => {
    const delivered: (string[] | null)[] = [];
    const add = keyBatcher((keys) => delivered.push(keys));
    add('k1');
    add('k2');
    await Promise.resolve();
    expect(delivered).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(delivered).toEqual([['k1', 'k2']]);
  });
});
