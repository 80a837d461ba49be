// The CLI's dispatcher: one command per verb, every failure a one-line message.
import { HubConfigError, ModelError, OpenApiError } from '../errors.ts';
import { UsageError } from './args.ts';
import { check } from './check.ts';
import { generate } from './generate.ts';
import { record } from './record.ts';
import type { Io } from './io.ts';
import { openapi } from './openapi.ts';
import { serve } from './serve.ts';
import { stats } from './stats.ts';
import { USAGE } from './usage.ts';
import { verify } from './verify.ts';

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = { serve, generate, check, stats, openapi, record, verify };

/** Runs the CLI; resolves with the exit code (2 for a bad command line or option). */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.out(USAGE);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    const close = Object.keys(COMMANDS).find((name) => name.startsWith(command.slice(0, 3)));
    io.error(`[seedhub] Unknown command "${command}".${close ? ` Did you mean "${close}"?` : ''} Run "seedhub help" for usage.`);
    return 2;
  }
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof HubConfigError || error instanceof OpenApiError || error instanceof ModelError) {
      io.error(error.message);
      return 2;
    }
    throw error;
  }
}
