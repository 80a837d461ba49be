// Reading the command line: flags into hub options, every bad value named in one line.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { HUB_FLAG_NAMES, HUB_OPTION_FLAGS, HUB_OPTIONS, resolveOptions, type HubFlagName as HubFlag, type HubOptions } from '../options.ts';
import { processIo } from './io.ts';

/** A command-line mistake: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string) {
    // One line, whatever the reason quotes.
    super(`[seedhub] ${message.replace(/\s*\n\s*/g, ' ')} Run "seedhub help" for usage.`);
  }
}

/** The hub options' flags (`--centres` included), for `readFlags`; every hub flag takes a value. */
export const HUB_FLAGS = Object.fromEntries(HUB_FLAG_NAMES.map((flag) => [flag, { type: 'string' }])) as Record<HubFlag, { type: 'string' }>;

/** The values of parsed flags: text for a flag that takes a value, true for a switch. */
export type FlagValues<F> = { [K in keyof F]?: F[K] extends { type: 'boolean' } ? boolean : string };

type Flags = NonNullable<ParseArgsConfig['options']>;

/** Edit distance: how many letters to add, remove or change to turn `a` into `b`. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The known flag nearest to a mistyped one (`--school` → `--schools`), if one is that near. */
function nearest(name: string, flags: Flags): string | undefined {
  const [best] = Object.keys(flags).map((flag) => [flag, distance(name, flag)] as const).sort((x, y) => x[1] - y[1]);
  return best && best[1] <= (name.length <= 4 ? 1 : 2) ? best[0] : undefined;
}

/**
 * Parses `args` against `flags`. Every mistake is a `UsageError` of our own naming the flag
 * and the value; a value may start with one dash (`--port -1` reads "-1", then fails as not
 * a whole number), but a value that is a flag (`--out --format`) is a missing value.
 */
export function readFlags<F extends Flags>(args: string[], flags: F): FlagValues<F> {
  const { tokens } = parseArgs({ args, options: flags, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string | boolean> = {};
  let previous = '';
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      const after = previous ? ` after ${previous}` : '';
      throw new UsageError(`Failed to read the command line: "${token.value}"${after} is not a flag. Give each flag one value; a list is comma-separated, e.g. --centres 4650,0220.`);
    }
    const flag = flags[token.name];
    const given = args[token.index]!.split('=')[0]!;
    if (!flag || !given.startsWith('--')) {
      const close = given.startsWith('--') ? nearest(token.name, flags) : undefined;
      throw new UsageError(`Unknown option '${given}'.${close ? ` Did you mean --${close}?` : ''}`);
    }
    if (flag.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`Failed to read --${token.name}: it takes no value, got "${token.value}".`);
      values[token.name] = true;
    } else {
      const value = token.value;
      if (value === undefined) throw new UsageError(`Failed to read --${token.name}: it needs a value, and none was given.`);
      if (!token.inlineValue && value.startsWith('--')) throw new UsageError(`Failed to read --${token.name}: it needs a value; "${value}" is the next flag. (A value that starts with -- goes after =: --${token.name}=${value}.)`);
      values[token.name] = value;
    }
    previous = `${given} ${token.value ?? ''}`.trim();
  }
  return values as FlagValues<F>;
}

/** A whole number flag, or a `UsageError` naming it. */
export function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`Failed to read --${flag}: "${value}" is not a whole number.`);
  return Number(value);
}

/** The codes of a comma-separated list: `4650,0220`, or one code (`0220`, `0220,`). */
const codeList = (value: string): string[] => value.split(',').map((code) => code.trim()).filter(Boolean);

/** `--schools` given codes (a list, a 0-led or a non-numeric value): they still work, with this hint. */
export const schoolsHint = (codes: readonly string[]) => `[seedhub] --schools with centre codes is deprecated: use --centres ${codes.join(',')}.`;

/** Whether `--schools` was given codes rather than a count (the old list form). */
const schoolsAreCodes = (value: string) => value.includes(',') || /^0\d{3}$/.test(value) || !/^\d+$/.test(value);

/**
 * The schools of `--schools N` (a count) or `--centres LIST` (codes), never both. Codes are
 * passed on as strings: they are checked against the model when the options are resolved.
 */
export function schoolsOption(schools: string | undefined, centres: string | undefined): { schools?: HubOptions['schools']; hint?: string } {
  if (schools !== undefined && centres !== undefined) {
    throw new UsageError(`Failed to read the command line: --schools and --centres cannot be combined; give --schools N for a number of schools, or --centres LIST for these centre codes.`);
  }
  if (centres !== undefined) return { schools: codeList(centres) };
  if (schools === undefined) return {};
  if (!schoolsAreCodes(schools)) return { schools: wholeNumber('schools', schools) };
  const codes = codeList(schools);
  return { schools: codes, hint: schoolsHint(codes) };
}

/**
 * The hub options that the hub flags give. A deprecation hint goes to `warn` once the
 * options are known to be good (so a bad value is still one line); with `--openapi` the
 * codes are checked later, against the document.
 */
export function hubOptions(values: Partial<Record<HubFlag | 'openapi', string | boolean | undefined>>, warn: (line: string) => void = processIo.error): HubOptions {
  const text = (flag: string) => values[flag as HubFlag] as string | undefined;
  const options: Record<string, unknown> = {};
  let hint: string | undefined;
  for (const { option, flag } of HUB_OPTION_FLAGS) {
    if (option === 'schools') {
      const schools = schoolsOption(text('schools'), text('centres'));
      if (schools.schools !== undefined) options.schools = schools.schools;
      hint = schools.hint;
    } else if (text(flag) !== undefined) options[option] = HUB_OPTIONS[option].kind === 'count' ? wholeNumber(flag, text(flag)) : text(flag);
  }
  if (hint) {
    // Throws the HubConfigError that creating the hub would, before the hint is printed.
    if (values.openapi === undefined) resolveOptions(options);
    warn(hint);
  }
  return options as HubOptions;
}
