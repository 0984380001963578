import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Playwright specs live in test/e2e and use *.spec.ts; Vitest only picks up *.test.ts under test/unit.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
  },
});
