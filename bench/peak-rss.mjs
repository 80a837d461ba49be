// Preloaded (`node --import ./bench/peak-rss.mjs …`) into a command the benchmark times: on
// exit it writes the process's peak resident memory in MB (worker threads included) to the
// file named by SEEDHUB_BENCH_RSS.
import { writeFileSync } from 'node:fs';

const file = process.env.SEEDHUB_BENCH_RSS;
if (file) process.once('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS / 1024)));
