// A command line that helps: every command's --help (with an example per flag), every
// mistake in one line naming the flag and the value, and counts kept apart from codes
// (`--schools N` against `--centres LIST`).
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { main } from '../../src/cli/main.ts';
import { BIN, run, start } from '../support/processes.ts';

const COMMANDS = ['serve', 'generate', 'check', 'stats', 'openapi', 'record', 'verify'];
const seedhub = (...args: string[]) => run(process.execPath, [BIN, ...args]);

/** Runs the CLI in this process, collecting what it prints. */
async function inProcess(args: string[]) {
  const out: string[] = [];
  const error: string[] = [];
  const code = await main(args, { out: (line) => out.push(line), error: (line) => error.push(line), waitForSignal: () => new Promise<string>(() => {}) });
  return { code, out: out.join('\n'), error: error.join('\n') };
}

/** The runnable examples of a help text: its `e.g. seedhub ...` lines. */
const examplesOf = (help: string) => [...help.matchAll(/^ +e\.g\. (seedhub .+)$/gm)].map((match) => match[1]!);

for (const command of COMMANDS) {
  test(`seedhub ${command} --help, -h and seedhub help ${command} print its usage with an example per flag, exit 0`, async () => {
    const [long, short, viaHelp] = await Promise.all([seedhub(command, '--help'), seedhub(command, '-h'), seedhub('help', command)]);
    expect([long.code, long.stderr]).toEqual([0, '']);
    expect(long.stdout).toMatch(new RegExp(`^seedhub ${command}: `));
    expect(long.stdout).toContain(`Usage:\n  seedhub ${command} `);
    expect([short, viaHelp]).toEqual([long, long]);
    const flags = [...long.stdout.matchAll(/^ {2}(--[a-z-]+|FILE)\b/gm)].map((match) => match[1]!);
    const examples = examplesOf(long.stdout);
    expect(flags.length).toBeGreaterThan(0);
    // One example under each flag, running that very command with that flag.
    expect(examples).toHaveLength(flags.length);
    for (const [i, flag] of flags.entries()) expect(examples[i]).toMatch(new RegExp(`^seedhub ${command}( .*)? ${flag === 'FILE' ? '\\S+\\.json' : flag}( |$)`));
  });
}

test('every example in every help parses: its flags are the command\'s own', async () => {
  for (const command of COMMANDS) {
    const { out } = await inProcess(['help', command]);
    for (const example of examplesOf(out)) {
      // A flag no command has, after the example's: the first unknown option reported is it,
      // so every flag before it was accepted (and nothing ran: flags are read first).
      const { code, error } = await inProcess([...example.split(' ').slice(1), '--zz-probe']);
      expect([example, code, error]).toEqual([example, 2, expect.stringContaining("Unknown option '--zz-probe'")]);
    }
  }
});

test('seedhub help alone lists every command; seedhub help nosuch is one line, exit 2', async () => {
  const general = await seedhub('help');
  expect([general.code, general.stderr]).toEqual([0, '']);
  for (const command of COMMANDS) expect(general.stdout).toMatch(new RegExp(`^ {2}seedhub ${command} `, 'm'));
  expect(general.stdout).toContain('--centres LIST');
  expect((await seedhub()).stdout).toBe(general.stdout);
  const unknown = await seedhub('help', 'nosuch');
  expect([unknown.code, unknown.stdout]).toEqual([2, '']);
  expect(unknown.stderr).toMatch(/^\[seedhub\] Unknown command "nosuch"\. .*\n$/);
  expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
});

const BAD: [string[], string | RegExp][] = [
  [['serve', '--port', '-1'], '[seedhub] Failed to read --port: "-1" is not a whole number. Run "seedhub help" for usage.'],
  [['generate', '--out'], /^\[seedhub\] Failed to read --out: it needs a value/],
  [['generate', '--out', '--format', 'json'], /^\[seedhub\] Failed to read --out: it needs a value; "--format" is the next flag/],
  [['stats', '--json=yes'], /^\[seedhub\] Failed to read --json: it takes no value, got "yes"/],
  [['serve', 'extra'], /"extra"/],
  [['serve', '--centres', '4650', '0220'], /"0220".*comma/],
  [['serve', '--school', '2'], /Unknown option '--school'\. Did you mean --schools\?/],
  [['serve', '-p', '0'], /Unknown option '-p'/],
  [['serve', '--schools', '2', '--centres', '0220'], /--schools and --centres cannot be combined/],
  [['check', '--url', 'http://127.0.0.1:9', '--centres', '220'], /Failed to read --centres: centre code "220" is not 4 digits\. Did you mean "0220"\?/],
];

for (const [args, message] of BAD) {
  test(`seedhub ${args.join(' ')} is one line naming the flag and value, exit 2`, async () => {
    const { code, stdout, stderr } = await seedhub(...args);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr.endsWith('\n') && !stderr.slice(0, -1).includes('\n')).toBe(true);
    if (typeof message === 'string') expect(stderr).toBe(`${message}\n`);
    else expect(stderr).toMatch(message);
  });
}

test.describe('counts and codes', () => {
  let dir: string;
  test.beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seedhub-centres-'));
  });
  test.afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const generated = async (...flags: string[]) => {
    const out = join(dir, flags.join('_').replace(/[^\w]/g, '_'));
    const result = await seedhub('generate', '--out', out, '--students', '2', '--staff', '1', ...flags);
    return { ...result, schools: (await readdir(out).catch(() => [])).filter((name) => name !== 'index.json').sort() };
  };

  test('--schools N is a count, --centres LIST the codes (one code allowed), neither with a hint', async () => {
    expect(await generated('--schools', '2')).toMatchObject({ code: 0, stderr: '', schools: ['1690', '4650'] });
    expect(await generated('--centres', '0220')).toMatchObject({ code: 0, stderr: '', schools: ['0220'] });
    expect(await generated('--centres', '4650,0220')).toMatchObject({ code: 0, stderr: '', schools: ['0220', '4650'] });
  });

  test('--schools with codes still works, with a one-line hint to use --centres', async () => {
    for (const [value, codes] of [['4650,0220', '4650,0220'], ['0220', '0220'], ['0220,', '0220']]) {
      const result = await generated('--schools', value!);
      expect(result).toMatchObject({ code: 0, schools: codes!.split(',').sort() });
      expect(result.stderr).toBe(`[seedhub] --schools with centre codes is deprecated: use --centres ${codes}.\n`);
    }
  });

  test('check crawls the codes --centres gives; --schools LIST still works with the hint', async () => {
    const server = start(process.execPath, [BIN, 'serve', '--port', '0', '--students', '5']);
    try {
      const [, url] = await server.waitFor(/seedhub listening on (http:\/\/127\.0\.0\.1:\d+)/);
      const centres = await seedhub('check', '--url', url!, '--centres', '0220');
      expect([centres.code, centres.stderr, centres.stdout]).toEqual([0, '', expect.stringMatching(/^seedhub check: 9 endpoints, \d+ records, 0 findings\n$/)]);
      const schools = await seedhub('check', '--url', url!, '--schools', '1690');
      expect([schools.code, schools.stderr]).toEqual([0, '[seedhub] --schools with centre codes is deprecated: use --centres 1690.\n']);
    } finally {
      await server.stop();
    }
  });
});
