import { describe, expect, it } from 'vitest';
import { RECORD_ID } from '../../src/schemas/stored';
import { newIds } from '../../src/store/id-batch';
import { newId } from '../../src/store/ids';

describe('record ids', () => {
  it('makes one id as many ids are made: the time, then 12 random hex digits', () => {
    const now = Date.UTC(2026, 10, 29);
    const one = newId(now);
    expect(one).toMatch(new RegExp(`^${now.toString(36)}-[0-9a-f]{12}$`));
    expect(one).toMatch(RECORD_ID);
    for (const id of newIds(20, now)) expect(id).toMatch(new RegExp(`^${now.toString(36)}-[0-9a-f]{12}$`));
  });

  it('makes many distinct ids at once, past what one call for random bytes can fill', () => {
    // 6 random bytes an id: 20,000 ids need two calls of at most 65,536 bytes.
    const ids = newIds(20_000, 1);
    expect(ids).toHaveLength(20_000);
    expect(new Set(ids).size).toBe(20_000);
    expect(newIds(0)).toEqual([]);
  });
});
