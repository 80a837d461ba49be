// The CLI's dispatcher: one command per verb, `--help` for each, every failure a one-line message.
import { SeedhubError } from '../errors.ts';
import { UsageError } from './args.ts';
import { fileErrorMessage } from './file-errors.ts';
import type { Io } from './io.ts';

type Command = (args: string[], io: Io) => Promise<number>;

/**
 * Each command's module, loaded when that command runs: `seedhub serve` never pays for
 * the crawler, ajv, yaml or the golden code of the others (spec: specs/cli/startup.spec.ts).
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./serve.ts')).serve,
  generate: async () => (await import('./generate.ts')).generate,
  check: async () => (await import('./check.ts')).check,
  stats: async () => (await import('./stats.ts')).stats,
  openapi: async () => (await import('./openapi.ts')).openapi,
  record: async () => (await import('./record.ts')).record,
  verify: async () => (await import('./verify.ts')).verify,
};
const HELP = ['--help', '-h'];

/** The help text's module: only help and mistakes need it. */
const usageText = () => import('./usage.ts');

async function unknownCommand(command: string, io: Io): Promise<number> {
  const close = (await usageText()).closeCommand(command);
  io.error(`[seedhub] Unknown command "${command}".${close ? ` Did you mean "${close}"?` : ''} Run "seedhub help" for usage.`);
  return 2;
}

/** Whether `args` ask for help: `--help` or `-h` before any `--`. */
const asksForHelp = (args: string[]) => args.slice(0, args.includes('--') ? args.indexOf('--') : undefined).some((arg) => HELP.includes(arg));

/** Runs the CLI; resolves with the exit code (2 for a bad command line, option or file path). */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === 'help' || HELP.includes(command)) {
    const { commandUsage, USAGE } = await usageText();
    const [topic] = command ? args : [];
    if (topic === undefined || topic === 'help') {
      io.out(USAGE);
      return 0;
    }
    const usage = commandUsage(topic);
    if (!usage) return unknownCommand(topic, io);
    io.out(usage);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) return unknownCommand(command, io);
  if (asksForHelp(args)) {
    io.out((await usageText()).commandUsage(command)!);
    return 0;
  }
  try {
    const run = await load();
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof SeedhubError) {
      io.error(error.message);
      return 2;
    }
    // Input nested deeper than any check expected: one line, never a stack.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      io.error('[seedhub] Failed: the input is nested too deeply to read (Maximum call stack size exceeded). Give a document or golden of fewer levels.');
      return 2;
    }
    const file = fileErrorMessage(error);
    if (file) {
      io.error(file);
      return 2;
    }
    throw error;
  }
}
