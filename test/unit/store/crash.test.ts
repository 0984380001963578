import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tmpdir.js';

const atomicWriteModule = fileURLToPath(new URL('../../../main/host/store/atomicWrite.ts', import.meta.url));

describe('atomic write under a kill', () => {
  it('leaves a whole old or new document whenever the writer is killed', async () => {
    const dir = tempDir();
    const file = join(dir, 'doc.json');
    writeFileSync(file, JSON.stringify({ n: 0, pad: 'x'.repeat(200_000) }));
    const script = `
      import { atomicWrite } from ${JSON.stringify(atomicWriteModule)};
      for (let n = 1; ; n++) {
        await atomicWrite(${JSON.stringify(file)}, JSON.stringify({ n, pad: 'x'.repeat(200000 + n) }));
        if (n === 1) process.stdout.write('writing');
      }
    `;
    for (let round = 0; round < 5; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
      // Kill at a different moment each round, but only once the writer is busy: start-up time varies with load.
      await new Promise((r) => child.stdout!.once('data', r));
      await new Promise((r) => setTimeout(r, 20 + round * 37));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
      const doc = JSON.parse(readFileSync(file, 'utf8')) as { n: number; pad: string };
      expect(doc.pad.length).toBe(200_000 + doc.n);
    }
    expect((JSON.parse(readFileSync(file, 'utf8')) as { n: number }).n).toBeGreaterThan(0);
  }, 30_000);
});
