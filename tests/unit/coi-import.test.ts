import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessMapping, isLinkedInHeader, parseTable, rowsToDrafts } from '../../src/domain/coi/import/csv';
import {
  findDuplicates,
  mergeInto,
  nameKey,
  planImport,
  planUndo,
  profileKey,
} from '../../src/domain/coi/import/dedupe';
import { checkImportFile, MAX_IMPORT_BYTES } from '../../src/domain/coi/import/detect';
import { cleanValue, DRAFT_FIELDS, isTooLong, makeDraft, tidyValue } from '../../src/domain/coi/import/draft';
import { parseVcards, splitCards } from '../../src/domain/coi/import/vcard';
import { contactSchema } from '../../src/schemas/contact';
import { LINKEDIN, VCARDS } from './coi-fixtures';
import { person } from './coi-helpers';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('file checks', () => {
  it('refuses empty, huge, binary and wrong-format files with a sentence', () => {
    const cases: [string, Uint8Array, number | undefined, RegExp][] = [
      ['empty.csv', new Uint8Array(), undefined, /is empty/],
      ['big.csv', bytes('a,b'), 50 * 1024 * 1024, /50\.0 MB.*up to 10\.0 MB/],
      ['sheet.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), undefined, /Excel.*Save or export it as CSV/],
      ['photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]), undefined, /JPEG/],
      ['random.bin', new Uint8Array([1, 2, 3, 0, 5, 6, 7, 8]), undefined, /not a text file/],
      ['blank.csv', bytes('\n\n  \n'), undefined, /only blank lines/],
      ['backup.json', bytes('{"app":"relationship-first"}'), undefined, /JSON.*Your data page/],
      ['cal.ics', bytes('BEGIN:VCALENDAR\r\nEND:VCALENDAR'), undefined, /calendar file/],
      ['contacts.vcf', bytes('hello'), undefined, /no contact cards/],
      ['page.csv', bytes('<html><body>hi</body></html>'), undefined, /web page/],
    ];
    for (const [name, b, size, msg] of cases) {
      const r = checkImportFile(name, b, size);
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.error, name).toMatch(msg);
    }
    expect(MAX_IMPORT_BYTES).toBeLessThan(50 * 1024 * 1024);
  });

  it('accepts CSV and vCard text in UTF-8, UTF-16 and Windows-1252', () => {
    expect(checkImportFile('c.csv', bytes('\ufeffName,Email\nAda,a@x.test'))).toMatchObject({
      ok: true,
      format: 'csv',
      text: 'Name,Email\nAda,a@x.test',
    });
    expect(checkImportFile('c.vcf', bytes('BEGIN:VCARD\r\nEND:VCARD'))).toMatchObject({ ok: true, format: 'vcard' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Name\tOrg\nZoë\tX'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(checkImportFile('u.txt', utf16)).toMatchObject({ ok: true, text: 'Name\tOrg\nZoë\tX' });
    const latin1 = new Uint8Array([...bytes('Name\nZo'), 0xeb]);
    expect(checkImportFile('l.csv', latin1)).toMatchObject({ ok: true, text: 'Name\nZoë' });
  });
});

describe('CSV import', () => {
  it('reads LinkedIn’s export: finds the header below the notes, keeps quoted commas, allows missing emails', () => {
    const r = parseTable(LINKEDIN);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.table.header).toEqual([
      'First Name',
      'Last Name',
      'URL',
      'Email Address',
      'Company',
      'Position',
      'Connected On',
    ]);
    expect(r.table.linkedIn).toBe(true);
    expect(r.table.rows).toHaveLength(4);
    const mapping = guessMapping(r.table.header);
    expect(mapping).toEqual(['firstName', 'lastName', 'profileUrl', 'email', 'organization', 'role', 'howMet']);
    const out = rowsToDrafts(r.table, mapping);
    expect(out.noName).toEqual(['row 3']);
    expect(out.drafts.map((d) => d.name)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
    expect(out.drafts[0]).toEqual({
      source: 'row 1',
      name: 'Ada Lovelace',
      organization: 'Analytical Engines, Ltd',
      role: 'Lead, Research',
      email: 'ada@example.com',
      profileUrl: 'https://www.linkedin.com/in/ada-lovelace',
      howMet: 'Connected on LinkedIn, 15 Mar 2024',
      tags: ['LinkedIn'],
    });
    expect(out.drafts[1]?.email).toBeUndefined();
    // Hostile strings are kept as plain text, exactly.
    expect(out.drafts[2]?.organization).toBe('=HYPERLINK("http://evil.test")');
    expect(out.drafts[2]?.role).toBe('<img src=x onerror=alert(1)>');
  });

  it('reads semicolon and tab separated files and maps common column names', () => {
    const semi = parseTable('Nom;E-mail;Société;Tags\nÉmile Zola;emile@example.fr;Les Éditions;auteurs, paris\n');
    expect(semi.ok && semi.table.header).toEqual(['Nom', 'E-mail', 'Société', 'Tags']);
    const tab = parseTable('Full Name\tCompany\tJob Title\tLast contacted\nRuth Jones\tAcme\tCFO\t2025-11-03\n');
    expect(tab.ok).toBe(true);
    if (!tab.ok) return;
    const mapping = guessMapping(tab.table.header);
    expect(mapping).toEqual(['name', 'organization', 'role', 'lastContact']);
    expect(rowsToDrafts(tab.table, mapping).drafts[0]).toMatchObject({
      name: 'Ruth Jones',
      organization: 'Acme',
      role: 'CFO',
      lastContact: '2025-11-03',
    });
  });

  it('uses the reader’s mapping, splits tags, and previews only a few rows when asked', () => {
    const r = parseTable('Who,Where,Labels,Extra\nMo,Bakery,"regulars; bakers",x\nJo,Cafe,,y\nLi,Deli,,z\n');
    if (!r.ok) throw new Error(r.error);
    expect(guessMapping(r.table.header)).toEqual(['ignore', 'ignore', 'tags', 'ignore']);
    const out = rowsToDrafts(r.table, ['name', 'organization', 'tags', 'notes'], 2);
    expect(out.drafts).toHaveLength(2);
    expect(out.drafts[0]).toMatchObject({
      name: 'Mo',
      organization: 'Bakery',
      tags: ['regulars', 'bakers'],
      notes: 'x',
    });
  });

  it('accepts a lone Name column, and refuses text that is not a table', () => {
    expect(parseTable('Name\nAda\nGrace\n').ok).toBe(true);
    const prose = parseTable('Dear friend\nthis is a letter\n');
    expect(prose.ok).toBe(false);
    const headerOnly = parseTable('Name,Email\n');
    expect(!headerOnly.ok && headerOnly.error).toMatch(/no people below it/);
  });

  it('warns about an unclosed quote', () => {
    const r = parseTable('Name,Org\n"Ada,Engines\nGrace,Navy\n');
    expect(r.ok && r.table.warnings[0]).toMatch(/never closed/);
  });

  it('recognises LinkedIn by its header only', () => {
    expect(isLinkedInHeader(['Name', 'Email'])).toBe(false);
  });
});

describe('vCard import', () => {
  it('splits cards and keeps folded lines with their card', () => {
    const cards = splitCards(VCARDS);
    expect(cards).toHaveLength(4);
    expect(cards[0]).toContain('\r\n d on');
  });

  it('reads v3 and v4 cards, unfolds lines, and reports nameless and broken cards', () => {
    const r = parseVcards(VCARDS);
    expect(r.drafts).toEqual([
      {
        source: 'card 1',
        name: 'Ada Lovelace',
        organization: 'Analytical Engines, Ltd, Research',
        role: 'Lead',
        email: 'ada.home@example.com',
        phone: '+44 20 1234 5678',
        profileUrl: 'https://www.linkedin.com/in/ada-lovelace/',
        notes: 'Met at the conference, then again at a long dinner that went on and on\nSecond line',
        tags: ['math', 'friends'],
      },
      {
        source: 'card 2',
        name: 'Rear Admiral Grace Brewster Hopper',
        organization: 'US Navy',
        email: 'grace@example.com',
        tags: [],
      },
    ]);
    expect(r.noName).toEqual(['card 3']);
    expect(r.unreadable.map((u) => u.source)).toEqual(['card 4']);
  });
});

describe('drafts', () => {
  it('cleans values to fit the contact schema', () => {
    const d = makeDraft('row 1', {
      name: `  Ada\u0000  Lovelace ${'x'.repeat(300)}`,
      notes: 'a\r\n\r\n\r\n\r\nb',
      lastContact: '2024-13-99x',
    });
    expect(d?.name.length).toBeLessThanOrEqual(200);
    expect(d?.name.startsWith('Ada Lovelace')).toBe(true);
    expect(d?.notes).toBe('a\n\nb');
    expect(d?.lastContact).toBeUndefined();
    expect(makeDraft('row 2', { name: ' \u200b ' })).toBeNull();
  });

  /** Tidying as the worksheet first wrote it, without the shortcut for values already tidy. */
  const tidySlowly = (multiline: boolean, value: string) => {
    const v = value.replace(/\r\n?/g, '\n').replace(/(?!\n)[\p{Cc}\u200b\u2028\u2029\ufeff]/gu, ' ');
    return multiline
      ? v
          .split('\n')
          .map((l) => l.replace(/[ \t]+/g, ' ').trim())
          .join('\n')
          .replace(/\n{3,}/g, '\n\n')
          .trim()
      : v.replace(/\s+/g, ' ').trim();
  };

  it('tidies every value as the full clean-up does, shortcut or not', () => {
    const pieces = fc.constantFrom(
      'Ada',
      'Zoë',
      'Tomás',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\u00a0',
      '\u200b',
      '\ufeff',
      '\u0007',
      '\u2028',
      '\u3000',
      'é',
      '😀',
      '"',
      ',',
      'ǅ',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.constantFrom(...DRAFT_FIELDS), (parts, field) => {
        const value = parts.join('');
        expect(tidyValue(field, value)).toBe(tidySlowly(['notes', 'howMet', 'reach'].includes(field), value));
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        expect(tidyValue('name', value)).toBe(tidySlowly(false, value));
        expect(tidyValue('notes', value)).toBe(tidySlowly(true, value));
      }),
    );
  });

  it('counts length in characters, not in UTF-16 units, when it shortens', () => {
    // 150 emoji: 300 UTF-16 units but 150 characters, within the name's 200.
    const smiles = '😀'.repeat(150);
    expect(cleanValue('name', smiles)).toBe(smiles);
    expect(isTooLong('name', smiles)).toBe(false);
    expect(makeDraft('row 1', { name: smiles })?.shortened).toBeUndefined();
    // 250 of them are cut to 200 whole characters, and the draft says so.
    const more = '😀'.repeat(250);
    expect(cleanValue('name', more)).toBe('😀'.repeat(200));
    expect(isTooLong('name', more)).toBe(true);
    expect(makeDraft('row 2', { name: more })?.shortened).toEqual(['name']);
    // A cut that ends on a space leaves none behind.
    expect(cleanValue('name', `${'a'.repeat(199)} b`)).toBe('a'.repeat(199));
  });
});

describe('duplicates', () => {
  const saved: [string, ReturnType<typeof person>][] = [
    ['s1', person('Ada Lovelace', 'core', { email: 'ADA@example.com', tags: ['friends'], notes: 'Old note' })],
    ['s2', person('Grace Hopper', 'potential', { profileUrl: 'http://linkedin.com/in/grace-hopper' })],
    ['s3', person('Zoë Adams', 'triage', { organization: 'Harbor Law' })],
  ];
  const d = (name: string, extra: Record<string, string | string[]> = {}) =>
    makeDraft('row', { name, ...extra }, (extra.tags as string[]) ?? []) as NonNullable<ReturnType<typeof makeDraft>>;

  it('normalises keys', () => {
    expect(profileKey('https://www.LinkedIn.com/in/grace-hopper/?trk=x')).toBe('linkedin.com/in/grace-hopper');
    expect(nameKey('  zoe   ADAMS ', 'harbor law')).toBe(nameKey('Zoë Adams', 'Harbor  Law'));
  });

  it('matches by email, profile URL, or name and organization, against saved people and earlier rows', () => {
    const drafts = [
      d('Ada L.', { email: 'ada@example.com ' }),
      d('G. Hopper', { profileUrl: 'https://www.linkedin.com/in/grace-hopper/' }),
      d('Zoe Adams', { organization: 'harbor law' }),
      d('New Person', { email: 'new@example.com' }),
      d('New P.', { email: 'NEW@example.com' }),
      d('Zoë Adams', { organization: 'Other Firm' }),
    ];
    expect(findDuplicates(drafts, saved)).toEqual([
      { index: 0, match: { kind: 'saved', id: 's1' }, reason: 'email' },
      { index: 1, match: { kind: 'saved', id: 's2' }, reason: 'profile' },
      { index: 2, match: { kind: 'saved', id: 's3' }, reason: 'name' },
      { index: 4, match: { kind: 'file', index: 3 }, reason: 'email' },
    ]);
  });

  it('merges by filling empty fields, joining tags and adding new notes; never changes the tier', () => {
    const merged = mergeInto(
      saved[0]![1],
      d('Ada X', { organization: 'Engines', notes: 'New note', tags: ['Friends', 'math'], email: 'other@x.test' }),
    );
    expect(merged).toMatchObject({
      name: 'Ada Lovelace',
      email: 'ADA@example.com',
      organization: 'Engines',
      notes: 'Old note\n\nNew note',
      tags: ['friends', 'math'],
      tier: 'core',
    });
  });

  it('plans an import: new people in triage, duplicates merged, skipped or added as chosen', () => {
    const drafts = [
      d('Ada L.', { email: 'ada@example.com', organization: 'Engines' }),
      d('Solo'),
      d('Solo Two', { email: 's@x.test' }),
      d('Solo 2', { email: 's@x.test', role: 'Chef' }),
      d('Zoe Adams', { organization: 'Harbor Law' }),
    ];
    const dups = findDuplicates(drafts, saved);
    const choices = new Map([[4, 'skip' as const]]);
    const plan = planImport(
      drafts,
      dups,
      (x) => choices.get(x.index) ?? 'merge',
      new Map(saved),
      42,
      (i) => `n${i}`,
    );
    expect(plan.added).toEqual(['n1', 'n2']);
    expect(plan.skipped).toBe(1);
    expect(plan.merged.map((m) => m.id)).toEqual(['s1']);
    const written = new Map(plan.entries);
    expect(written.get('n1')).toEqual({ name: 'Solo', tags: [], tier: 'triage', createdAt: 42 });
    expect(written.get('n2')).toMatchObject({ name: 'Solo Two', role: 'Chef', tier: 'triage' });
    expect(written.get('s1')).toMatchObject({ organization: 'Engines', tier: 'core' });
    for (const [, c] of plan.entries) expect(contactSchema.safeParse(c).success).toBe(true);

    const addAll = planImport(
      drafts,
      dups,
      () => 'add',
      new Map(saved),
      42,
      (i) => `n${i}`,
    );
    expect(addAll.added).toHaveLength(5);
    expect(addAll.merged).toHaveLength(0);
  });

  it('undo removes added people and reverts merged fields, but keeps what changed since', () => {
    const drafts = [d('Ada', { email: 'ada@example.com', organization: 'Engines' }), d('One'), d('Two')];
    const plan = planImport(
      drafts,
      findDuplicates(drafts, saved),
      () => 'merge',
      new Map(saved),
      1,
      (i) => `n${i}`,
    );
    const current = new Map([...saved, ...plan.entries]);
    // Since the import: "Two" was promoted, Ada's tier changed in another tab.
    current.set('n2', { ...(current.get('n2') as ReturnType<typeof person>), tier: 'potential' });
    current.set('s1', { ...(current.get('s1') as ReturnType<typeof person>), tier: 'potential' });
    const undo = planUndo(plan, current);
    expect(undo.remove).toEqual(['n1']);
    expect(undo.kept).toBe(1);
    expect(undo.restore).toHaveLength(1);
    const [id, back] = undo.restore[0]!;
    expect(id).toBe('s1');
    expect(back.organization).toBeUndefined();
    expect(back.tier).toBe('potential');
  });
});
