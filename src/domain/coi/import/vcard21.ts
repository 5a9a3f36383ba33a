/**
 * vCard 2.1, as older phones and Outlook still export it, turned into the vCard 3.0 that
 * the parser reads: quoted-printable values decoded (with their soft line breaks and
 * character set), bare parameters (`TEL;WORK;VOICE`) written as TYPE values, embedded
 * photos and sounds left out, and text escaped the way version 3 expects.
 */

/** Binary properties the worksheet never uses (photos, logos, sounds, keys). */
const BINARY = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);

/** Decodes a quoted-printable value (soft line breaks already joined) in a character set. */
export function decodeQuotedPrintable(value: string, charset = 'utf-8'): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    const hex = value.slice(i + 1, i + 3);
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      for (const b of new TextEncoder().encode(ch)) bytes.push(b);
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(new Uint8Array(bytes));
}

/** Splits `NAME;P1;P2=x:value` into its name, parameters and value (colons inside quotes kept). */
function splitLine(line: string): { name: string; params: string[]; value: string } | null {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) {
      const [name = '', ...params] = line.slice(0, i).split(';');
      return { name: name.toUpperCase(), params, value: line.slice(i + 1) };
    }
  }
  return null;
}

/**
 * Escapes text for a vCard 3 value: backslashes, commas and line breaks. Semicolons are left
 * as they are: separators in structured properties (N, ADR, ORG), plain text elsewhere, as
 * the parser reads them.
 */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Joins the physical lines of a card into logical lines: folded lines and quoted-printable soft breaks. */
function logicalLines(card: string): string[] {
  const out: string[] = [];
  for (const line of card.split(/\r\n|\r|\n/)) {
    const last = out.length - 1;
    const prev = out[last];
    if (prev !== undefined && /QUOTED-PRINTABLE/i.test(prev.split(':')[0] ?? '') && prev.endsWith('=')) {
      out[last] = prev.slice(0, -1) + line;
    } else if (prev !== undefined && /^[ \t]/.test(line)) {
      out[last] = prev + line.slice(1);
    } else if (line.trim() !== '') {
      out.push(line);
    }
  }
  return out;
}

/** Whether a card's text says it is vCard 2.1. */
export function isVcard21(card: string): boolean {
  return /^VERSION:\s*2\.1\s*$/im.test(card);
}

/** A vCard 2.1 card rewritten as vCard 3.0 text. */
export function vcard21To30(card: string): string {
  const lines: string[] = [];
  for (const line of logicalLines(card)) {
    const parts = splitLine(line);
    if (!parts) continue;
    const { name, value } = parts;
    if (name === 'VERSION') {
      lines.push('VERSION:3.0');
      continue;
    }
    if (name === 'BEGIN' || name === 'END') {
      lines.push(`${name}:${value.trim().toUpperCase()}`);
      continue;
    }
    if (BINARY.has(name.replace(/^.*\./, ''))) continue;
    let encoding = '';
    let charset = 'utf-8';
    const types: string[] = [];
    const kept: string[] = [];
    for (const p of parts.params) {
      const eq = p.indexOf('=');
      const key = (eq < 0 ? '' : p.slice(0, eq)).trim().toUpperCase();
      const val = (eq < 0 ? p : p.slice(eq + 1)).trim();
      if (!val) continue;
      if (key === 'ENCODING' || (!key && /^(QUOTED-PRINTABLE|BASE64|B|8BIT|7BIT)$/i.test(val)))
        encoding = val.toUpperCase();
      else if (key === 'CHARSET') charset = val;
      else if (!key || key === 'TYPE') types.push(val.toLowerCase());
      else kept.push(`${key}=${val}`);
    }
    if (encoding === 'BASE64' || encoding === 'B') continue;
    const text = encoding === 'QUOTED-PRINTABLE' ? decodeQuotedPrintable(value, charset) : value;
    const params = [...kept, ...(types.length ? [`TYPE=${types.join(',')}`] : [])];
    lines.push(`${name}${params.map((p) => `;${p}`).join('')}:${escapeText(text)}`);
  }
  return lines.join('\r\n');
}
