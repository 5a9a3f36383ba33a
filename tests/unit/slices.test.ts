import { describe, expect, it } from 'vitest';
import { parseTable, parseTableInSlices } from '../../src/domain/coi/import/csv';
import { keyBatcher } from '../../src/domain/key-batch';
import { inBatches } from '../../src/domain/slices';
import { linkedInExport } from '../bench/linkedin-export.mjs';

describe('work in slices', () => {
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

describe('work in batches sized to the time budget', () => {
  /** Runs `inBatches` over a fake clock where each item costs `cost(i)` ms; returns the batches, progress and turns. */
  const runBatches = async (total: number, cost: (i: number) => number, stopAt = Infinity) => {
    let clock = 0;
    let turns = 0;
    const batches: [number, number][] = [];
    const progress: number[] = [];
    const done = await inBatches(
      total,
      (from, to) => {
        batches.push([from, to]);
        for (let i = from; i < to; i++) clock += cost(i);
        return to <= stopAt;
      },
      (d, t) => {
        expect(t).toBe(total);
        progress.push(d);
      },
      10,
      40,
      () => clock,
      async () => {
        turns++;
      },
    );
    return { done, batches, progress, turns };
  };

  it('covers every item once, in order, growing batches to fill the budget', async () => {
    // 0.5 ms an item: 10, then 40 (at most four times as many), then 80 fit in 40 ms.
    const r = await runBatches(500, () => 0.5);
    expect(r.done).toBe(500);
    expect(r.batches.slice(0, 4)).toEqual([
      [0, 10],
      [10, 50],
      [50, 130],
      [130, 210],
    ]);
    expect(r.batches.flatMap(([a, b]) => Array.from({ length: b - a }, (_, k) => a + k))).toEqual(
      Array.from({ length: 500 }, (_, i) => i),
    );
    expect(r.progress).toEqual(r.batches.map(([, to]) => to));
    // A turn for the page between batches, none after the last.
    expect(r.turns).toBe(r.batches.length - 1);
  });

  it('shrinks the batch when items get slower, down to one item', async () => {
    const r = await runBatches(40, (i) => (i < 10 ? 1 : 50));
    // 10 items took 10 ms: the next batch is 40 items (capped at four times), which takes long;
    // after it, one item a batch.
    expect(r.batches[1]).toEqual([10, 40]);
    const r2 = await runBatches(30, (i) => (i < 10 ? 1 : 100));
    expect(r2.batches.slice(1, 4)).toEqual([[10, 30]]);
    const slow = await runBatches(5, () => 100);
    expect(slow.batches).toEqual([[0, 5]]);
    const slower = await runBatches(25, () => 100);
    expect(slower.batches).toEqual([
      [0, 10],
      [10, 11],
      [11, 12],
      [12, 13],
      [13, 14],
      [14, 15],
      [15, 16],
      [16, 17],
      [17, 18],
      [18, 19],
      [19, 20],
      [20, 21],
      [21, 22],
      [22, 23],
      [23, 24],
      [24, 25],
    ]);
  });

  it('stops after a batch that says so, and reports how far it came', async () => {
    const r = await runBatches(1000, () => 0.1, 20);
    expect(r.batches).toEqual([
      [0, 10],
      [10, 50],
    ]);
    expect(r.done).toBe(50);
    expect(r.progress).toEqual([10, 50]);
    expect(await runBatches(0, () => 1)).toEqual({ done: 0, batches: [], progress: [], turns: 0 });
  });
});
