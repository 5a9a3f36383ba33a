/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Benchmarks: run with `npm run bench` (or bench:coi / bench:planner after a build). They
// print figures and never fail on timings.
export default getViteConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/bench/**/*.bench.ts'],
    environment: 'node',
    silent: false,
  },
});
