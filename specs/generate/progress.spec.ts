// `seedhub generate`'s progress bar: on a terminal only, never in CI, one redrawn line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { generate, progressBar, showsProgress } from '../../src/cli/generate.ts';

test('a bar shows on a terminal, not when stderr is piped or CI is set', () => {
  const write = () => true;
  expect(showsProgress({ isTTY: true, write }, {})).toBe(true);
  expect(showsProgress({ isTTY: true, write }, { CI: 'true' })).toBe(false);
  expect(showsProgress({ isTTY: false, write }, {})).toBe(false);
  expect(showsProgress({ write }, {})).toBe(false);
});

test('the bar redraws one line and clears it when done', () => {
  const frames: string[] = [];
  let time = 0;
  const bar = progressBar({ isTTY: true, columns: 200, write: (text) => frames.push(text) }, () => time);
  bar.update('0220 students', 1000, 4000);
  time += 10;
  bar.update('0220 students', 2000, 4000); // within 100 ms: skipped
  time += 200;
  bar.update('0220 students', 4000, 4000);
  bar.done();
  expect(frames).toHaveLength(3);
  expect(frames[0]).toMatch(/^\r0220 students \[#{6}-{18}\] 25% 1000\/4000 \(\d+ records\/s\)\u001b\[K$/);
  expect(frames[1]).toContain('100% 4000/4000');
  expect(frames[2]).toBe('\r\u001b[K');
});

test('generate draws the bar per collection and ends with a cleared line', async () => {
  const out = mkdtempSync(join(tmpdir(), 'seedhub-progress-'));
  try {
    const frames: string[] = [];
    const lines: string[] = [];
    const io = { out: (line: string) => lines.push(line), error: (line: string) => lines.push(line), waitForSignal: () => new Promise<string>(() => {}) };
    const code = await generate(['--out', out, '--schools', '0220', '--students', '5', '--format', 'ndjson'], io, progressBar({ isTTY: true, write: (text) => frames.push(text) }));
    expect(code).toBe(0);
    expect(frames.some((frame) => frame.includes('0220 students') && frame.includes('100% 5/5'))).toBe(true);
    expect(frames.at(-1)).toBe('\r\u001b[K');
    expect(lines.join('\n')).toContain('seedhub wrote');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
