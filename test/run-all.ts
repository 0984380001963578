import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Runs every suite (type-check, unit, end-to-end) even when one fails, then prints the one closing line CI reads.
const root = fileURLToPath(new URL('..', import.meta.url));
const results = fileURLToPath(new URL('./results/', import.meta.url));
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1;
const npx = (args: string[]) => run('npx', args);
const totals = { passed: 0, failed: 0, skipped: 0 };
const suites: string[] = [];

const typecheck = npx(['tsc', '--noEmit', '-p', 'tsconfig.json']);
totals[typecheck === 0 ? 'passed' : 'failed'] += 1;
suites.push(`type-check: ${typecheck === 0 ? 'passed' : 'failed'}`);

const unitJson = `${results}unit.json`;
const unitStatus = npx(['vitest', 'run', '--config', 'test/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${unitJson}`]);
if (existsSync(unitJson)) {
  const r = JSON.parse(readFileSync(unitJson, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + r.numTodoTests;
  suites.push(`unit: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
  if (unitStatus !== 0 && r.numFailedTests === 0) totals.failed += 1;
} else {
  totals.failed += 1;
  suites.push('unit: did not run');
}

const build = run('npm', ['run', 'build', '--silent']);
const e2eJson = fileURLToPath(new URL('./e2e/results/results.json', import.meta.url));
rmSync(e2eJson, { force: true });
if (build !== 0) {
  totals.failed += 1;
  suites.push('e2e: build failed, not run');
} else {
  const e2eStatus = npx(['playwright', 'test', '--config', 'test/e2e/playwright.config.ts']);
  if (existsSync(e2eJson)) {
    const r = JSON.parse(readFileSync(e2eJson, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: { message: string }[] };
    const ran = r.stats.expected + r.stats.flaky + r.stats.unexpected + r.stats.skipped;
    const stopped = r.errors?.[0]?.message;
    if (ran === 0 && stopped) {
      // The global setup found no browser it could use: one failure with its message, not a failure per test.
      totals.failed += 1;
      suites.push(`e2e: not run\n  ${stopped}`);
    } else {
      totals.passed += r.stats.expected + r.stats.flaky;
      totals.failed += r.stats.unexpected;
      totals.skipped += r.stats.skipped;
      suites.push(`e2e: ${r.stats.expected + r.stats.flaky} passed, ${r.stats.unexpected} failed`);
      if (e2eStatus !== 0 && r.stats.unexpected === 0) totals.failed += 1;
    }
  } else {
    totals.failed += 1;
    suites.push('e2e: did not run');
  }
}

console.log(`\n${suites.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 ? 0 : 1);
