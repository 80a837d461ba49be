// The CLI's dispatcher: one command per verb, `--help` for each, every failure a one-line message.
import { HubConfigError, ModelError, OpenApiError } from '../errors.ts';
import { UsageError } from './args.ts';
import { check } from './check.ts';
import { fileErrorMessage } from './file-errors.ts';
import { generate } from './generate.ts';
import { record } from './record.ts';
import type { Io } from './io.ts';
import { openapi } from './openapi.ts';
import { serve } from './serve.ts';
import { stats } from './stats.ts';
import { closeCommand, commandUsage, USAGE } from './usage.ts';
import { verify } from './verify.ts';

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = { serve, generate, check, stats, openapi, record, verify };
const HELP = ['--help', '-h'];

function unknownCommand(command: string, io: Io): number {
  const close = closeCommand(command);
  io.error(`[seedhub] Unknown command "${command}".${close ? ` Did you mean "${close}"?` : ''} Run "seedhub help" for usage.`);
  return 2;
}

/** Whether `args` ask for help: `--help` or `-h` before any `--`. */
const asksForHelp = (args: string[]) => args.slice(0, args.includes('--') ? args.indexOf('--') : undefined).some((arg) => HELP.includes(arg));

/** Runs the CLI; resolves with the exit code (2 for a bad command line, option or file path). */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === 'help' || HELP.includes(command)) {
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
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) return unknownCommand(command, io);
  if (asksForHelp(args)) {
    io.out(commandUsage(command)!);
    return 0;
  }
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof HubConfigError || error instanceof OpenApiError || error instanceof ModelError) {
      io.error(error.message);
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
