// Runs `seedhub generate` in this process (spawned by bench/run.ts) and prints one JSON
// line: records written, seconds, and the process's peak RSS. Usage: tsx bench/generate-child.ts ARGS…
import { performance } from 'node:perf_hooks';
import { generate } from '../src/cli/generate.ts';

const lines: string[] = [];
const started = performance.now();
const code = await generate(process.argv.slice(2), {
  out: (line) => lines.push(line),
  error: (line) => process.stderr.write(`${line}\n`),
  waitForSignal: () => new Promise(() => {}),
}, null);
const seconds = (performance.now() - started) / 1000;
const records = Number(/wrote (\d+) records/.exec(lines.join('\n'))?.[1] ?? 0);
process.stdout.write(`${JSON.stringify({ code, records, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
