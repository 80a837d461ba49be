// `seedhub verify FILE`: does today's generator still make the golden's data? Prints the
// drift entity by entity. Exit 0 when clean, 1 on drift, 2 for a missing or broken golden.
import { parseArgs } from 'node:util';
import { GoldenError } from '../errors.ts';
import { renderDrift } from '../golden/render.ts';
import { verifyGolden } from '../golden/verify.ts';
import { UsageError } from './args.ts';
import type { Io } from './io.ts';

export async function verify(args: string[], io: Io): Promise<number> {
  let files: string[];
  try {
    files = parseArgs({ args, options: {}, strict: true, allowPositionals: true }).positionals;
  } catch (error) {
    throw new UsageError(`Failed to read the command line: ${(error as Error).message}.`);
  }
  if (files.length === 0) throw new UsageError('Failed to verify: give a golden file, e.g. seedhub verify fixtures/golden/default.json.');
  let code = 0;
  for (const file of files) {
    try {
      const report = await verifyGolden(file);
      (report.clean ? io.out : io.error)(renderDrift(report));
      if (!report.clean) code = Math.max(code, 1);
    } catch (error) {
      if (!(error instanceof GoldenError)) throw error;
      io.error(error.message);
      code = 2;
    }
  }
  return code;
}
