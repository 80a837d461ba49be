// Hub options: what a user may set, their defaults, and the validation that turns
// loose input (from a CLI flag, a fixture option or code) into resolved options.
import { HubConfigError } from './errors.ts';
import { schoolCodeFits } from './model/api.ts';

/** Centre codes a hub with the default four schools serves, in order. */
export const DEFAULT_CENTRE_CODES = ['4650', '1690', '9743', '0220'] as const;

/** The defaults of every hub option, in one place. */
export const DEFAULTS = {
  seed: 'seedhub',
  schools: 4,
  studentsPerSchool: 50,
  staffPerSchool: 10,
  /** Subject classes (teaching groups): four cohorts of six classes, within Queensland's class sizes at 50 students. */
  classesPerSchool: 24,
  /** The current school year; fixed, so data does not shift with the calendar. */
  schoolYear: 2026,
} as const;

/**
 * Bounds of the options. IDs are unique by construction within them: an enrolment ID is the
 * centre code and 6 digits (a million students), a staff ID 7 digits over every centre code
 * and up to 1,000 staff, and every student needs four classes.
 */
export const LIMITS = {
  schools: 10_000,
  studentsPerSchool: 1_000_000,
  staffPerSchool: 1_000,
  minClassesPerSchool: 4,
  classesPerSchool: 2_000,
} as const;

export type CentreCode = string;

/**
 * Every hub option once, with its command-line flag: the CLI parser, its usage text and the
 * commands that reproduce a hub (in failure reports and hints) are derived from this table.
 * `value` names the flag's value in the usage, and `example` is one that runs. `schools` has
 * two flags: `--schools N` for a count, and its `list` flag `--centres LIST` for codes.
 */
export const HUB_OPTION_FLAGS = [
  { option: 'seed', flag: 'seed', value: 'S', example: 'demo', doc: 'seed of all data (default "seedhub")' },
  {
    option: 'schools', flag: 'schools', value: 'N', example: '12', doc: 'number of schools (default 4: 4650, 1690, 9743, 0220)',
    list: {
      flag: 'centres', value: 'LIST', example: '4650,0220',
      doc: 'the schools by centre code, comma-separated; one code is a list too: --centres 0220. With --openapi, values of its school parameter: --centres C101,C205',
    },
  },
  { option: 'studentsPerSchool', flag: 'students', value: 'N', example: '200', doc: 'students per school (default 50)' },
  { option: 'staffPerSchool', flag: 'staff', value: 'N', example: '20', doc: 'staff per school (default 10)' },
  { option: 'classesPerSchool', flag: 'classes', value: 'N', example: '40', doc: 'subject classes per school, at least 4 (default 24)' },
  { option: 'schoolYear', flag: 'year', value: 'YYYY', example: '2027', doc: 'the current school year (default 2026)' },
] as const satisfies readonly HubOptionFlag[];

/** A flag of the command line: its name without `--`, its value's name, an example value and what it does. */
export interface FlagDoc {
  flag: string;
  value: string;
  example: string;
  doc: string;
}

/** A hub option's row of `HUB_OPTION_FLAGS`; `list` is a second flag giving the option as a list. */
export interface HubOptionFlag extends FlagDoc {
  option: keyof HubOptions;
  list?: FlagDoc;
}

const shellWord = (text: string) => (/^[A-Za-z0-9_.,:/=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

/** The command-line flags that make exactly these options: `--seed demo --schools 4 ...`. */
export function optionFlags(options: ResolvedOptions): string[] {
  return HUB_OPTION_FLAGS.flatMap(({ option, flag }) => {
    const value = options[option];
    // Listed schools are centre codes, given by --centres; a number of them is --schools.
    if (Array.isArray(value)) return ['--centres', shellWord(value.join(','))];
    return [`--${flag}`, shellWord(String(value))];
  });
}

/** What a user may pass; every field is optional. */
export interface HubOptions {
  seed?: string | number;
  /** A count of schools, or an explicit list of 4-digit centre codes. */
  schools?: number | readonly CentreCode[];
  studentsPerSchool?: number;
  staffPerSchool?: number;
  classesPerSchool?: number;
  schoolYear?: number;
}

/** Options after validation: every field present, the school list explicit or counted. */
export interface ResolvedOptions {
  seed: string;
  schools: number | readonly CentreCode[];
  studentsPerSchool: number;
  staffPerSchool: number;
  classesPerSchool: number;
  schoolYear: number;
}

function count(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new HubConfigError(
      `Failed to configure the hub: ${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

/** A model's school path parameter: its name and schema, when it is not QTeachers' centre code. */
export interface SchoolParam {
  name: string;
  schema: Readonly<Record<string, unknown>>;
  /** Every value it may take (an enum): a hub has no more schools than these unless told. */
  values?: readonly string[];
}

function centreCodes(list: readonly unknown[], param?: SchoolParam): readonly CentreCode[] {
  if (list.length === 0) {
    throw new HubConfigError(`Failed to configure the hub: the list of schools is empty. Give at least one ${param ? `${param.name}` : '4-digit centre code'}.`);
  }
  const seen = new Set<string>();
  for (const code of list) {
    if (param) {
      if (typeof code !== 'string' || !schoolCodeFits(code, param.schema)) {
        throw new HubConfigError(`Failed to configure the hub: ${param.name} ${JSON.stringify(code)} is not a value of its schema ${JSON.stringify(param.schema)}.`);
      }
    } else if (typeof code !== 'string' || !/^\d{4}$/.test(code)) {
      const digits = String(code).replace(/^0+(?=\d{4}$)/, '');
      const guess = /^\d{1,4}$/.test(digits) ? digits.padStart(4, '0') : undefined;
      const hint = guess ? ` Did you mean "${guess}"? Centre codes are strings of 4 digits, leading zeros included.` : '';
      throw new HubConfigError(
        `Failed to configure the hub: centre code ${JSON.stringify(code)} is not 4 digits.${hint}`,
      );
    }
    if (seen.has(code)) throw new HubConfigError(`Failed to configure the hub: ${param ? param.name : 'centre code'} "${code}" is listed twice.`);
    seen.add(code);
  }
  return [...list] as CentreCode[];
}

/**
 * Validates options and fills in the defaults; throws `HubConfigError` naming a bad value.
 * Listed schools are 4-digit centre codes, or values of a model's own school parameter.
 */
export function resolveOptions(options: HubOptions = {}, schoolParam?: SchoolParam): ResolvedOptions {
  const seed = options.seed ?? DEFAULTS.seed;
  if ((typeof seed !== 'string' && typeof seed !== 'number') || String(seed).length === 0) {
    throw new HubConfigError(`Failed to configure the hub: seed must be a non-empty string or a number, got ${JSON.stringify(seed)}.`);
  }
  const schools = Array.isArray(options.schools)
    ? centreCodes(options.schools, schoolParam)
    : count('schools', options.schools ?? Math.min(DEFAULTS.schools, schoolParam?.values?.length ?? DEFAULTS.schools), 1, LIMITS.schools);
  const resolved: ResolvedOptions = {
    seed: String(seed),
    schools,
    studentsPerSchool: count('studentsPerSchool', options.studentsPerSchool ?? DEFAULTS.studentsPerSchool, 0, LIMITS.studentsPerSchool),
    staffPerSchool: count('staffPerSchool', options.staffPerSchool ?? DEFAULTS.staffPerSchool, 1, LIMITS.staffPerSchool),
    classesPerSchool: count('classesPerSchool', options.classesPerSchool ?? DEFAULTS.classesPerSchool, LIMITS.minClassesPerSchool, LIMITS.classesPerSchool),
    schoolYear: count('schoolYear', options.schoolYear ?? DEFAULTS.schoolYear, 2000, 2100),
  };
  return resolved;
}
