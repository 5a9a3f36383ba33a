/**
 * Field-by-field merging of two edits of one record made from the same starting point
 * (two tabs editing one person at once). Pure functions over plain JSON-like values.
 *
 * Plain objects merge key by key, recursively; anything else (strings, numbers, arrays)
 * is one value. A field changed on one side only takes that side's value; a field
 * changed on both sides to different values is a conflict, and `mine` wins it (the
 * caller is the later save).
 */

/** A path to a field inside a record, e.g. `['coi', 'offer']`. */
export type FieldPath = readonly string[];

/** The result of a three-way merge. */
export interface Merged<T> {
  /** The merged record. */
  value: T;
  /** Fields both sides changed to different values; `mine` was kept in each. */
  conflicts: FieldPath[];
}

/** True for objects made by `{}` or JSON (not arrays, not null). */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Deep equality of JSON-like values; `undefined` and a missing key are equal. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameValue(a[k], b[k])) return false;
    return true;
  }
  return false;
}

function mergeAt(base: unknown, mine: unknown, theirs: unknown, path: string[], conflicts: FieldPath[]): unknown {
  if (sameValue(mine, theirs)) return mine;
  if (sameValue(base, theirs)) return mine;
  if (sameValue(base, mine)) return theirs;
  if (isPlainObject(mine) && isPlainObject(theirs)) {
    const b = isPlainObject(base) ? base : {};
    const out: Record<string, unknown> = {};
    for (const k of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const v = mergeAt(b[k], mine[k], theirs[k], [...path, k], conflicts);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  conflicts.push(path);
  return mine;
}

/**
 * Merges `mine` and `theirs`, two edits of `base`. Fields only one side changed keep that
 * change; fields both changed differently are conflicts and keep `mine`.
 */
export function mergeThreeWay<T>(base: T | undefined, mine: T, theirs: T): Merged<T> {
  const conflicts: FieldPath[] = [];
  const value = mergeAt(base, mine, theirs, [], conflicts) as T;
  return { value, conflicts };
}

/** The value at a path, or undefined. */
export function valueAt(record: unknown, path: FieldPath): unknown {
  let v: unknown = record;
  for (const k of path) {
    if (!isPlainObject(v)) return undefined;
    v = v[k];
  }
  return v;
}

/** A copy of `record` with the value at `path` replaced (or removed, for undefined). */
export function withValueAt<T>(record: T, path: FieldPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string, ...string[]];
  const obj: Record<string, unknown> = isPlainObject(record) ? { ...record } : {};
  const next = withValueAt(obj[head], rest, value);
  if (next === undefined) delete obj[head];
  else obj[head] = next;
  return obj as T;
}
