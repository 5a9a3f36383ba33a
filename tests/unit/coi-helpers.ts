import type { CoiFields, Contact, Tier } from '../../src/schemas/contact';

/** A contact for tests, with sensible defaults. */
export function person(name: string, tier: Tier = 'triage', extra: Partial<Contact> = {}): Contact {
  return { name, tier, tags: [], createdAt: 1_700_000_000_000, ...extra };
}

/** Worksheet fields with scores and lunches. */
export function coi(reach: number, likes: number, willing: number, extra: Partial<CoiFields> = {}): CoiFields {
  return { reach, likes, willing, lunches: [], ...extra };
}

/** Entries [id, contact] from a list of contacts, with ids p0, p1, … */
export function entries(list: Contact[]): [string, Contact][] {
  return list.map((c, i) => [`p${i}`, c]);
}
