// The load generator, in its own process: `tsx bench/cannon.ts URL PATHS_FILE SECONDS
// CONNECTIONS RUN`. Every request takes the next path of PATHS_FILE (a JSON array) in a seeded
// shuffle, so a run asks for many different pages, not one page again and again. Prints
// autocannon's result as one JSON line.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import seedrandom from 'seedrandom';

const [url, file, seconds = '5', connections = '10', run = 'measured'] = process.argv.slice(2);
if (!url || !file) throw new Error('usage: tsx bench/cannon.ts URL PATHS_FILE [SECONDS] [CONNECTIONS] [RUN]');
const paths = JSON.parse(readFileSync(file, 'utf8')) as string[];
// Each run (a warm-up, each round) its own order: a round does not replay what the one before just asked for.
const random = seedrandom(`bench ${file} ${run}`);
// A shuffled order, walked round and round: every path asked for before any is asked twice.
const order = paths.map((_, i) => i);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j]!, order[i]!];
}
let next = 0;

const result = await autocannon({
  url,
  connections: Number(connections),
  duration: Number(seconds),
  requests: [
    {
      setupRequest: (request: { path: string }) => {
        request.path = paths[order[next++ % order.length]!]!;
        return request;
      },
    },
  ],
});
process.stdout.write(`${JSON.stringify(result)}\n`);
