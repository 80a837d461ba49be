// docs/golden.md's record and verify commands run as written (paths moved to a temp dir).
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BIN, ROOT, run } from '../support/processes.ts';

test('every "npx seedhub record|verify" line of docs/golden.md runs and exits 0', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'seedhub-golden-docs-'));
  try {
    await mkdir(join(dir, 'fixtures', 'golden'), { recursive: true });
    await mkdir(join(dir, 'out'));
    await copyFile(`${ROOT}fixtures/golden/default.json`, join(dir, 'fixtures', 'golden', 'default.json'));
    const text = await readFile(`${ROOT}docs/golden.md`, 'utf8');
    const commands = [...text.matchAll(/^(?:SEEDHUB_GOLDEN=\w+ )?npx seedhub ((?:record|verify) [^#&\n]*)/gm)].map((m) => m[1]!.trim());
    expect(commands.length).toBeGreaterThanOrEqual(7);
    const results: string[] = [];
    for (const command of commands) {
      const args = command.split(/\s+/).map((arg) => (/^(fixtures|out)\//.test(arg) ? join(dir, arg) : arg));
      const files = args.includes('verify') && args.some((a) => a.includes('*'))
        ? [join(dir, 'fixtures/golden/default.json'), join(dir, 'fixtures/golden/small.json')]
        : undefined;
      const { code, stderr } = await run(process.execPath, [BIN, ...(files ? ['verify', ...files] : args)]);
      results.push(`${command} → ${code}${code ? ` ${stderr}` : ''}`);
    }
    expect(results).toEqual(commands.map((command) => `${command} → 0`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
