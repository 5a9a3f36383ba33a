import { describe, expect, it } from 'vitest';
import { parseVcards } from '../../src/domain/coi/import/vcard';
import { decodeQuotedPrintable, vcard21To30 } from '../../src/domain/coi/import/vcard21';

/** Two cards as an older phone exports them: vCard 2.1, quoted-printable UTF-8 and Latin-1, bare parameters, a photo. */
const OLD_PHONE = [
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;',
  'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller',
  'ORG;ENCODING=QUOTED-PRINTABLE:B=C3=A4ckerei M=C3=BCller, Inh. J. M=C3=BCller',
  'TEL;WORK;VOICE:+49 30 1234',
  'EMAIL;PREF;INTERNET:juergen@example.de',
  'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Met at the trade fair=0D=0ASecond line, with a comma; and a semi=',
  'colon that wraps',
  'PHOTO;ENCODING=BASE64;TYPE=JPEG:',
  ' /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRo',
  ' fHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/',
  '',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Bront=EB;Ana',
  'TITLE:Partner',
  'END:VCARD',
].join('\r\n');

describe('vCard 2.1', () => {
  it('decodes quoted-printable in UTF-8 and in another character set', () => {
    expect(decodeQuotedPrintable('J=C3=BCrgen')).toBe('Jürgen');
    expect(decodeQuotedPrintable('Bront=EB', 'ISO-8859-1')).toBe('Brontë');
    expect(decodeQuotedPrintable('a=3Db = c')).toBe('a=b = c');
  });

  it('rewrites a card as 3.0: bare parameters as TYPE, binary properties left out', () => {
    const v3 = vcard21To30(OLD_PHONE.split('END:VCARD')[0] ?? '');
    expect(v3).toContain('VERSION:3.0');
    expect(v3).toContain('TEL;TYPE=work,voice:+49 30 1234');
    expect(v3).not.toContain('PHOTO');
    expect(v3).not.toContain('QUOTED-PRINTABLE');
  });

  it('reads every card, with accents, multi-line notes and commas intact', () => {
    const r = parseVcards(OLD_PHONE);
    expect(r.unreadable).toEqual([]);
    expect(r.drafts).toHaveLength(2);
    expect(r.drafts[0]).toMatchObject({
      name: 'Jürgen Müller',
      organization: 'Bäckerei Müller, Inh. J. Müller',
      phone: '+49 30 1234',
      email: 'juergen@example.de',
      notes: 'Met at the trade fair\nSecond line, with a comma; and a semicolon that wraps',
    });
    expect(r.drafts[1]).toMatchObject({ name: 'Ana Brontë', role: 'Partner' });
  });
});
