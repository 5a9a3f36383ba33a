// Generates a LinkedIn Connections.csv export of any size, as LinkedIn writes it: notes above
// the header, quoted fields with commas, most emails missing, and a few people twice.

const FIRST = [
  'Ada',
  'Grace',
  'Alan',
  'Chidi',
  'Mei',
  'Ruth',
  'Sam',
  'Zoë',
  'Bo',
  'Priya',
  'Luis',
  'Ingrid',
  'Tomás',
  'Amara',
  'Kenji',
];
const LAST = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Okafor',
  'Tanaka',
  'Jones',
  'Ortiz',
  'Adams',
  'Chen',
  'Patel',
  'García',
  'Berg',
];
const COMPANY = [
  'Harbor Law',
  'Okafor Bakery',
  'Chen Tax Services',
  'Riverside Walkers',
  'Analytical Engines, Ltd',
  'Smith & Sons, Inc.',
];
const ROLE = ['Owner', 'Partner', 'Estate lawyer', 'Tax preparer', 'Manager, Community Relations', 'Pastor'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A small deterministic random generator, so every run reads the same file. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const quote = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The text of a Connections.csv with `rows` people (about 2% of them listed twice). */
export function linkedInExport(rows, seed = 42) {
  const r = random(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  const people = [];
  for (let i = 0; i < rows; i++) {
    if (i > 10 && r() < 0.02) {
      people.push(people[Math.floor(r() * people.length)]);
      continue;
    }
    const first = pick(FIRST);
    const last = `${pick(LAST)}${i}`;
    const slug = `${first}-${last}`
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9-]/g, '');
    const email = r() < 0.35 ? `${slug}@example.com` : '';
    const date = `${String(1 + Math.floor(r() * 28)).padStart(2, '0')} ${pick(MONTHS)} ${2015 + Math.floor(r() * 11)}`;
    people.push([first, last, `https://www.linkedin.com/in/${slug}`, email, pick(COMPANY), pick(ROLE), date]);
  }
  for (const p of people) lines.push(p.map(quote).join(','));
  return `${lines.join('\n')}\n`;
}
