// Reading the command line: flags into hub options, every bad value named in one line.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { HubOptions } from '../options.ts';

/** A command-line mistake: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string) {
    super(`[seedhub] ${message} Run "seedhub help" for usage.`);
  }
}

export const HUB_FLAGS = {
  seed: { type: 'string' },
  schools: { type: 'string' },
  students: { type: 'string' },
  staff: { type: 'string' },
  classes: { type: 'string' },
  year: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** Parses `args` against `flags`, turning node's errors into a `UsageError`. */
export function readFlags<F extends NonNullable<ParseArgsConfig['options']>>(args: string[], flags: F) {
  try {
    return parseArgs({ args, options: flags, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(`Failed to read the command line: ${(error as Error).message}.`);
  }
}

/** A whole number flag, or a `UsageError` naming it. */
export function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`Failed to read --${flag}: "${value}" is not a whole number.`);
  return Number(value);
}

/** `--schools`: a count, or centre codes separated by commas (a lone 0-led code counts as a code). */
export function schoolsFlag(value: string | undefined): HubOptions['schools'] {
  if (value === undefined) return undefined;
  if (value.includes(',') || /^0\d{3}$/.test(value)) return value.split(',').map((code) => code.trim()).filter(Boolean);
  return wholeNumber('schools', value);
}

/** The hub options that the hub flags give. */
export function hubOptions(values: Partial<Record<keyof typeof HUB_FLAGS, string | boolean | undefined>>): HubOptions {
  const text = (name: keyof typeof HUB_FLAGS) => values[name] as string | undefined;
  const options: HubOptions = {
    seed: text('seed'),
    schools: schoolsFlag(text('schools')),
    studentsPerSchool: wholeNumber('students', text('students')),
    staffPerSchool: wholeNumber('staff', text('staff')),
    classesPerSchool: wholeNumber('classes', text('classes')),
    schoolYear: wholeNumber('year', text('year')),
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as HubOptions;
}
