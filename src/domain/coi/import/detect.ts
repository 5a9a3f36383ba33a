/**
 * First checks on a chosen import file, before anything is parsed or saved: size, empty,
 * binary, text encoding, and which format it is.
 */

/** Largest import file accepted, in bytes (a LinkedIn export of 30,000 people is about 4 MB). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The formats the worksheet imports. */
export type ImportFormat = 'csv' | 'vcard';

/** A file's text and format, or a sentence saying why it cannot be imported. */
export type FileCheck = { ok: true; format: ImportFormat; text: string } | { ok: false; error: string };

const MB = 1024 * 1024;

/** A size in megabytes or kilobytes, for messages. */
export function formatSize(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const SIGNATURES: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive, such as an Excel (.xlsx) or Numbers file'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an older Excel (.xls) or Word file'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
];

const HOW =
  'Choose a CSV file (such as LinkedIn’s Connections.csv) or a vCard file (.vcf) from your phone or mail program.';

/** Decodes text: UTF-8, UTF-16 with a byte-order mark, or Windows-1252 (older spreadsheet exports). */
function decode(bytes: Uint8Array): string | null {
  const bom = (a: number, b: number) => bytes[0] === a && bytes[1] === b;
  if (bom(0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes);
  if (bom(0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.subarray(0, 65536).includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Checks a file's bytes and says whether (and as what) it can be imported. Never throws. */
export function checkImportFile(name: string, bytes: Uint8Array, size = bytes.length): FileCheck {
  if (size === 0) return { ok: false, error: `“${name}” is empty. ${HOW}` };
  if (size > MAX_IMPORT_BYTES)
    return {
      ok: false,
      error: `“${name}” is ${formatSize(size)}, and the worksheet reads files up to ${formatSize(MAX_IMPORT_BYTES)}. An export of contacts is usually far smaller: check that this is the right file, or split it into parts.`,
    };
  for (const [sig, what] of SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b))
      return { ok: false, error: `“${name}” is ${what}, not a CSV or vCard file. Save or export it as CSV first.` };
  }
  const text = decode(bytes);
  const controls = text ? (text.slice(0, 65536).match(/(?![\t\n\v\f\r])\p{Cc}/gu)?.length ?? 0) : 0;
  if (text === null || controls > Math.min(text.length, 65536) / 100)
    return {
      ok: false,
      error: `“${name}” is not a text file, so it cannot hold contacts the worksheet can read. ${HOW}`,
    };
  const body = text.replace(/^\ufeff/, '');
  const start = body.trimStart().slice(0, 200).toUpperCase();
  if (!body.trim()) return { ok: false, error: `“${name}” holds only blank lines. ${HOW}` };
  if (start.startsWith('BEGIN:VCARD')) return { ok: true, format: 'vcard', text: body };
  if (start.startsWith('BEGIN:VCALENDAR'))
    return { ok: false, error: `“${name}” is a calendar file, not a list of contacts. ${HOW}` };
  if (/\.(vcf|vcard)$/i.test(name))
    return {
      ok: false,
      error: `“${name}” is named like a vCard file but holds no contact cards (BEGIN:VCARD). ${HOW}`,
    };
  if (start.startsWith('{') || start.startsWith('['))
    return {
      ok: false,
      error: `“${name}” is a JSON file. If it is a backup of this site, import it on the Your data page. ${HOW}`,
    };
  if (start.startsWith('<'))
    return { ok: false, error: `“${name}” is a web page or XML file, not a CSV or vCard file. ${HOW}` };
  return { ok: true, format: 'csv', text: body };
}
