// docs/openapi.md runs as written: its three commands print what it shows, and its
// Playwright example is specs/docs/openapi.example.spec.ts. (In a fresh project that
// installs the packed package, specs/package/consumer.spec.ts runs both verbatim.)
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { BIN, ROOT, run, start } from '../support/processes.ts';

const doc = readFileSync(`${ROOT}docs/openapi.md`, 'utf8');

test('the Playwright example in docs/openapi.md is specs/docs/openapi.example.spec.ts (the consumer spec runs it verbatim)', () => {
  const block = /## In Playwright[\s\S]*?```ts\n([\s\S]*?)```/.exec(doc)![1]!;
  // Here the package is the repository: its path in node_modules is the repository's root.
  const here = block.replaceAll('node_modules/seedhub/', '');
  expect(readFileSync(`${ROOT}specs/docs/openapi.example.spec.ts`, 'utf8')).toBe(`// docs/openapi.md's Playwright example, with the package's path as in this repository.\n${here}`);
});

test('the three commands serve the campus hub, print the table shown, and check it clean', async () => {
  const commands = /## Your hub in three commands\s+```sh\n([\s\S]*?)```/.exec(doc)![1]!.trim().split('\n');
  expect(commands[0]).toBe('npm i -D seedhub');
  const local = (command: string) => command.replace(/^npx seedhub /, '').replaceAll('node_modules/seedhub/', '').split(' ');
  const serveArgs = local(commands[1]!);
  const checkArgs = local(commands[2]!);
  expect(serveArgs).toEqual(['serve', '--openapi', 'docs/examples/campus-hub.yaml', '--port', '4010']);
  // Port 0 rather than 4010: specs never take a fixed port.
  const server = start(process.execPath, [BIN, ...serveArgs.slice(0, -1), '0']);
  try {
    const [, url] = await server.waitFor(/seedhub listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const shown = /before it listens, for you to confirm:\s+```text\n([\s\S]*?)```/.exec(doc)![1]!;
    await server.waitFor(/schools: .*\n/);
    expect(server.stdout().replace(url!, 'http://127.0.0.1:4010')).toBe(shown);
    const checked = await run(process.execPath, [BIN, ...checkArgs.map((arg) => arg.replace('http://127.0.0.1:4010', url!))]);
    const said = /and prints `(seedhub check: [^`]+)`/.exec(doc)![1]!;
    expect([checked.code, checked.stderr, checked.stdout]).toEqual([0, '', `${said}\n`]);
  } finally {
    await server.stop();
  }
});
