// Reading the command line: flags into hub options, every bad value named in one line.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { HUB_OPTION_FLAGS, type HubOptions } from '../options.ts';

/** A command-line mistake: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string) {
    super(`[seedhub] ${message} Run "seedhub help" for usage.`);
  }
}

type HubFlag = (typeof HUB_OPTION_FLAGS)[number]['flag'];

/** The hub options' flags, for `parseArgs`; every hub flag takes a value. */
export const HUB_FLAGS = Object.fromEntries(HUB_OPTION_FLAGS.map(({ flag }) => [flag, { type: 'string' }])) as Record<HubFlag, { type: 'string' }>;

/** The values of parsed flags: text for a flag that takes a value, true for a switch. */
export type FlagValues<F> = { [K in keyof F]?: F[K] extends { type: 'boolean' } ? boolean : string };

/** Parses `args` against `flags`, turning node's errors into a `UsageError`. */
export function readFlags<F extends NonNullable<ParseArgsConfig['options']>>(args: string[], flags: F): FlagValues<F> {
  try {
    return parseArgs({ args, options: flags, strict: true, allowPositionals: false }).values as FlagValues<F>;
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

/** `--schools`: a count, or codes separated by commas (a lone 0-led or non-numeric code counts as a code). */
export function schoolsFlag(value: string | undefined): HubOptions['schools'] {
  if (value === undefined) return undefined;
  if (value.includes(',') || /^0\d{3}$/.test(value) || !/^\d+$/.test(value)) return value.split(',').map((code) => code.trim()).filter(Boolean);
  return wholeNumber('schools', value);
}

/** The hub options that the hub flags give. */
export function hubOptions(values: Partial<Record<HubFlag, string | boolean | undefined>>): HubOptions {
  const options: Record<string, unknown> = {};
  for (const { option, flag } of HUB_OPTION_FLAGS) {
    const text = values[flag] as string | undefined;
    if (text === undefined) continue;
    options[option] = option === 'seed' ? text : option === 'schools' ? schoolsFlag(text) : wholeNumber(flag, text);
  }
  return options as HubOptions;
}
