import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests next to the code, integration tests through the HTTP API on
// PGlite (and PostgreSQL when DATABASE_URL is set), and browser tests in headless Chromium.
export default defineConfig({
  test: {
    env: { TZ: 'Europe/Amsterdam' },
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          env: { TZ: 'Europe/Amsterdam' },
          // A few unit tests run the standard's own checkers (xmllint, xsltproc) hundreds of times
          // or open PGlite: generous on a busy two-core machine, still a hang detector.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['tests/integration/**/*.test.ts'],
          env: { TZ: 'Europe/Amsterdam' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: more parallel PGlite instances only compete for CPU.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['tests/e2e/**/*.test.ts'],
          env: { TZ: 'Europe/Amsterdam' },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
