import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ENV, LAUNCH_ARGS } from './browser.js';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  testDir: here,
  testMatch: '**/*.spec.ts',
  // Finds or installs Chromium and a CJK font once, before any test, or stops the run with one message.
  globalSetup: './global-setup.ts',
  // Overridable so that runs side by side (several engineers on one machine) do not delete each other's traces.
  outputDir: process.env.CORDON_E2E_OUTPUT ?? `${here}results/output`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  fullyParallel: false,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: `${here}results/results.json` }]],
  use: {
    headless: true,
    viewport: { width: 1360, height: 860 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env[CHROMIUM_ENV],
      args: LAUNCH_ARGS,
    },
  },
});
