import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './scripts/browser.mjs';

// End-to-end tests run against built copies of the site served as a static host would
// (tests/scripts/serve.mjs, with the headers of _headers), never the dev server:
// - the root copy (dist/) on E2E_PORT runs every spec;
// - on a second port (E2E_COPY_PORT, default E2E_PORT + 1) the copy built for /workshop/
//   (dist-workshop/, `npm run build:copy`) is served under that path, beside the root copy on
//   the same origin, and runs the smoke spec `copy.spec.ts`.
const PORT = Number(process.env.E2E_PORT ?? 4329);
const COPY_PORT = Number(process.env.E2E_COPY_PORT ?? PORT + 1);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]],
  outputDir: '../test-results',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    trace: 'retain-on-failure',
    launchOptions: { executablePath: findBrowser(), args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: 'copy.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${PORT}` },
    },
    {
      name: 'copy under /workshop/',
      testMatch: 'copy.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${COPY_PORT}/workshop/` },
    },
  ],
  webServer: [
    {
      command: `node tests/scripts/serve.mjs ${PORT}`,
      cwd: '..',
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node tests/scripts/serve.mjs ${COPY_PORT} dist dist-workshop`,
      cwd: '..',
      url: `http://127.0.0.1:${COPY_PORT}/workshop/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
