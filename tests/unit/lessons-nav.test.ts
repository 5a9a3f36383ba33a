import { describe, expect, it } from 'vitest';
import { lessonHref, moduleLabel, prevNext, sortLessons, tableOfContents } from '../../src/domain/lessons';

const entry = (id: string, order: number) => ({ id, data: { order, title: `Title ${order}` } });
const shuffled = [entry('03-c', 3), entry('01-a', 1), entry('02-b', 2)];

describe('lesson ordering', () => {
  it('sorts by order, then id', () => {
    expect(sortLessons(shuffled).map((l) => l.id)).toEqual(['01-a', '02-b', '03-c']);
    expect(sortLessons([entry('b', 1), entry('a', 1)]).map((l) => l.id)).toEqual(['a', 'b']);
  });

  it('does not change the input', () => {
    const copy = [...shuffled];
    sortLessons(shuffled);
    expect(shuffled).toEqual(copy);
  });
});

describe('prevNext', () => {
  it('has no previous at the start and no next at the end', () => {
    expect(prevNext(shuffled, '01-a')).toEqual({
      prev: null,
      next: { href: '/lessons/02-b/', title: 'Title 2', order: 2 },
    });
    expect(prevNext(shuffled, '03-c')).toEqual({
      prev: { href: '/lessons/02-b/', title: 'Title 2', order: 2 },
      next: null,
    });
  });

  it('links both neighbours in the middle', () => {
    const { prev, next } = prevNext(shuffled, '02-b');
    expect(prev?.href).toBe('/lessons/01-a/');
    expect(next?.href).toBe('/lessons/03-c/');
  });

  it('throws for an unknown id', () => {
    expect(() => prevNext(shuffled, 'nope')).toThrow(/No lesson with id "nope"/);
  });
});

describe('page helpers', () => {
  it('builds lesson URLs with a trailing slash', () => {
    expect(lessonHref('05-time')).toBe('/lessons/05-time/');
  });

  it('keeps second-level headings then the fixed parts', () => {
    const toc = tableOfContents(
      [
        { depth: 2, slug: 'a', text: 'A' },
        { depth: 3, slug: 'a-1', text: 'A.1' },
        { depth: 2, slug: 'b', text: 'B' },
      ],
      [{ depth: 2, slug: 'sources', text: 'Sources' }],
    );
    expect(toc.map((h) => h.slug)).toEqual(['a', 'b', 'sources']);
  });

  it('labels modules', () => {
    expect(moduleLabel(3, 7)).toBe('Module 3 of 7');
  });
});
