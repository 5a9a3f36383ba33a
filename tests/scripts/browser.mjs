// Finds a Chromium for the end-to-end tests, in this order:
//   1. CHROMIUM_PATH (any Chromium or Chrome binary you name),
//   2. the browser Playwright downloaded itself (`npx playwright install chromium`),
//   3. the system's Chromium (/usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome).
// Run directly, it prints what it found or how to install one, and exits non-zero if none.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags that keep a headless Chromium quiet on machines with a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The path of a usable Chromium, or undefined when none is installed. */
export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here; fall through to the system's.
  }
  return SYSTEM.find((p) => existsSync(p));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findBrowser();
  if (found) {
    console.log(`End-to-end tests will use Chromium at ${found}`);
  } else {
    const named = process.env.CHROMIUM_PATH;
    console.error(
      [
        named
          ? `CHROMIUM_PATH is set to ${named}, but no file is there.`
          : 'No Chromium found for the end-to-end tests.',
        'Install one of these, then run npm test again:',
        '  Debian/Ubuntu:  sudo apt-get install -y chromium',
        '  Any system:     npx playwright install chromium',
        'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
