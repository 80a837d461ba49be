// Hub options: every option a user may set, declared once in `HUB_OPTIONS` (its default,
// bounds, doc line, scope and command-line flag). The defaults, the limits, the types, the
// validation and its messages, the CLI's flags and usage, the commands that reproduce a hub
// and the golden manifest's checks are derived from the table; the fixtures' option tuples
// and the docs' option tables are held to it by specs/docs/options-doc.spec.ts.
import { HubConfigError } from './errors.ts';

/** Centre codes a hub with the default four schools serves, in order. */
export const DEFAULT_CENTRE_CODES = ['4650', '1690', '9743', '0220'] as const;

export type CentreCode = string;

/** A flag of the command line: its name without `--`, its value's name, an example value and what it does. */
export interface FlagDoc {
  flag: string;
  value: string;
  example: string;
  doc: string;
}

/**
 * One hub option. `kind` says how it is read: `seed` (a string, or a number made one),
 * `schools` (a count, or a list of centre codes), `count` (a whole number within `min`
 * and `max`) or `choice` (one of `choices`). `scope` is the Playwright fixture's; `flag`
 * the CLI's, with `list` a second flag that gives the option as a list.
 */
interface OptionRow {
  kind: 'seed' | 'schools' | 'count' | 'choice';
  default: string | number;
  choices?: readonly string[];
  doc: string;
  scope: 'test' | 'worker';
  min?: number;
  max?: number;
  flag: Omit<FlagDoc, 'doc'> & { list?: FlagDoc };
}

/**
 * The hub options. IDs are unique by construction within these bounds: an enrolment ID is
 * the centre code and 6 digits (a million students), a staff ID 7 digits over every centre
 * code and up to 1,000 staff, and every student needs four classes.
 */
export const HUB_OPTIONS = {
  seed: { kind: 'seed', default: 'seedhub', doc: 'the seed of all data', scope: 'test', flag: { flag: 'seed', value: 'S', example: 'demo' } },
  schools: {
    kind: 'schools', default: 4, min: 1, max: 10_000, scope: 'test',
    doc: `a count of schools (the first four are ${DEFAULT_CENTRE_CODES.join(', ')}), or a list of centre codes`,
    flag: {
      flag: 'schools', value: 'N', example: '12',
      list: {
        flag: 'centres', value: 'LIST', example: '4650,0220',
        doc: 'the schools by centre code, comma-separated; one code is a list too: --centres 0220. With --openapi, values of its school parameter: --centres C101,C205',
      },
    },
  },
  studentsPerSchool: { kind: 'count', default: 50, min: 0, max: 1_000_000, doc: 'students per school', scope: 'test', flag: { flag: 'students', value: 'N', example: '200' } },
  staffPerSchool: { kind: 'count', default: 10, min: 1, max: 1_000, doc: 'staff per school', scope: 'test', flag: { flag: 'staff', value: 'N', example: '20' } },
  classesPerSchool: { kind: 'count', default: 24, min: 4, max: 2_000, doc: 'about this many subject classes (SIF TeachingGroups) per school: whole home groups, each in every learning area', scope: 'test', flag: { flag: 'classes', value: 'N', example: '40' } },
  schoolYear: { kind: 'count', default: 2026, min: 2000, max: 2100, doc: 'the current school year; fixed, so data does not shift with the calendar', scope: 'test', flag: { flag: 'year', value: 'YYYY', example: '2027' } },
  schoolSizes: {
    kind: 'choice', default: 'exact', choices: ['exact', 'realistic'], scope: 'test',
    doc: "'exact': every school has studentsPerSchool students, staffPerSchool staff and about classesPerSchool classes; 'realistic': each school's own size by its type, and staff and classes to match",
    flag: { flag: 'sizes', value: 'exact|realistic', example: 'realistic' },
  },
} as const satisfies Record<string, OptionRow>;

type Table = typeof HUB_OPTIONS;
export type HubOptionName = keyof Table;

/** What a user may pass: every field optional; a seed may be a number, schools a count or codes. */
export type HubOptions = {
  [K in HubOptionName]?: Table[K]['kind'] extends 'seed' ? string | number : Table[K]['kind'] extends 'schools' ? number | readonly CentreCode[] : Table[K] extends { choices: readonly (infer C)[] } ? C : number;
};

/** Options after validation: every field present, the seed a string, the school list explicit or counted. */
export type ResolvedOptions = {
  readonly [K in HubOptionName]: Table[K]['kind'] extends 'seed' ? string : Table[K]['kind'] extends 'schools' ? number | readonly CentreCode[] : Table[K] extends { choices: readonly (infer C)[] } ? C : number;
};

const NAMES = Object.keys(HUB_OPTIONS) as HubOptionName[];
const row = (name: HubOptionName): OptionRow => HUB_OPTIONS[name];

/** The defaults of every hub option. */
export const DEFAULTS = Object.fromEntries(NAMES.map((name) => [name, row(name).default])) as { readonly [K in HubOptionName]: Table[K]['default'] };

/** The bounds of the options (`minClassesPerSchool` is `classesPerSchool`'s lower bound). */
export const LIMITS = {
  schools: HUB_OPTIONS.schools.max,
  studentsPerSchool: HUB_OPTIONS.studentsPerSchool.max,
  staffPerSchool: HUB_OPTIONS.staffPerSchool.max,
  minClassesPerSchool: HUB_OPTIONS.classesPerSchool.min,
  classesPerSchool: HUB_OPTIONS.classesPerSchool.max,
} as const;

/** The options that are whole numbers (`studentsPerSchool`…): what a golden's manifest must hold as such. */
export const COUNT_OPTIONS = NAMES.filter((name) => row(name).kind === 'count');

/** A hub option's row of `HUB_OPTION_FLAGS`; `list` is a second flag giving the option as a list. */
export interface HubOptionFlag extends FlagDoc {
  option: HubOptionName;
  list?: FlagDoc;
}

/** Every hub option's command-line flag, with its doc line and default: the CLI's parser and usage read these. */
export const HUB_OPTION_FLAGS: readonly HubOptionFlag[] = NAMES.map((option) => {
  const { flag, doc } = row(option);
  return { option, flag: flag.flag, value: flag.value, example: flag.example, doc: `${doc} (default ${JSON.stringify(row(option).default)})`, ...(flag.list ? { list: flag.list } : {}) };
});

/** The name of every hub option's flag (`--centres` included), as a type. */
export type HubFlagName = {
  [K in HubOptionName]: Table[K]['flag']['flag'] | (Table[K]['flag'] extends { list: { flag: infer L } } ? L : never);
}[HubOptionName];

/** Every hub option's flag name, `--centres` included. */
export const HUB_FLAG_NAMES = HUB_OPTION_FLAGS.flatMap((r) => (r.list ? [r.flag, r.list.flag] : [r.flag])) as HubFlagName[];

const shellWord = (text: string) => (/^[A-Za-z0-9_.,:/=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

/**
 * The command-line flags that make exactly these options: `--seed demo --schools 4 ...`.
 * A choice at its default is left out (`--sizes exact`): commands that reproduce a hub read
 * as they did before the choice existed, and the default is the case they were written for.
 */
export function optionFlags(options: ResolvedOptions): string[] {
  return HUB_OPTION_FLAGS.flatMap(({ option, flag }) => {
    const value = options[option];
    if (row(option).kind === 'choice' && value === row(option).default) return [];
    // Listed schools are centre codes, given by --centres; a number of them is --schools.
    if (Array.isArray(value)) return ['--centres', shellWord(value.join(','))];
    return [`--${flag}`, shellWord(String(value))];
  });
}

/**
 * Whether `code` is a value of a school path parameter's schema: its enum, its pattern,
 * its lengths, and digits when it is an integer. QTeachers' centre codes are 4 digits.
 */
export function schoolCodeFits(code: string, schema: Readonly<Record<string, unknown>> = { type: 'string', pattern: '^\\d{4}$' }): boolean {
  if (Array.isArray(schema.enum)) return schema.enum.map(String).includes(code);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'integer' || type === 'number') {
    if (!/^-?\d+$/.test(code)) return false;
    const value = Number(code);
    return (typeof schema.minimum !== 'number' || value >= schema.minimum) && (typeof schema.maximum !== 'number' || value <= schema.maximum);
  }
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(code)) return false;
  if (typeof schema.minLength === 'number' && code.length < schema.minLength) return false;
  if (typeof schema.maxLength === 'number' && code.length > schema.maxLength) return false;
  return code.length > 0;
}

/** A model's school path parameter: its name and schema, when it is not QTeachers' centre code. */
export interface SchoolParam {
  name: string;
  schema: Readonly<Record<string, unknown>>;
  /** Every value it may take (an enum): a hub has no more schools than these unless told. */
  values?: readonly string[];
}

const fail = (reason: string): never => {
  throw new HubConfigError(`Failed to configure the hub: ${reason}`);
};

function count(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) fail(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}.`);
  return value as number;
}

function centreCodes(list: readonly unknown[], param?: SchoolParam): readonly CentreCode[] {
  if (list.length === 0) fail(`the list of schools is empty. Give at least one ${param ? `${param.name}` : '4-digit centre code'}.`);
  const seen = new Set<string>();
  for (const code of list) {
    if (param) {
      if (typeof code !== 'string' || !schoolCodeFits(code, param.schema)) fail(`${param.name} ${JSON.stringify(code)} is not a value of its schema ${JSON.stringify(param.schema)}.`);
    } else if (typeof code !== 'string' || !/^\d{4}$/.test(code)) {
      const digits = String(code).replace(/^0+(?=\d{4}$)/, '');
      const guess = /^\d{1,4}$/.test(digits) ? digits.padStart(4, '0') : undefined;
      fail(`centre code ${JSON.stringify(code)} is not 4 digits.${guess ? ` Did you mean "${guess}"? Centre codes are strings of 4 digits, leading zeros included.` : ''}`);
    }
    if (seen.has(code as string)) fail(`${param ? param.name : 'centre code'} "${code as string}" is listed twice.`);
    seen.add(code as string);
  }
  return Object.freeze([...list] as CentreCode[]);
}

/** Options made by `resolveOptions`, so a second call (createDataset after the fixtures) reads them as they are. */
const RESOLVED = new WeakSet<object>();

/**
 * Validates options and fills in the defaults; throws `HubConfigError` naming a bad value.
 * Listed schools are 4-digit centre codes, or values of a model's own school parameter.
 */
export function resolveOptions(options: HubOptions = {}, schoolParam?: SchoolParam): ResolvedOptions {
  if (RESOLVED.has(options)) return options as ResolvedOptions;
  const resolved: Record<string, unknown> = {};
  for (const name of NAMES) {
    const spec = row(name);
    const given = options[name];
    if (spec.kind === 'seed') {
      const seed = given ?? spec.default;
      if ((typeof seed !== 'string' && typeof seed !== 'number') || String(seed).length === 0) fail(`seed must be a non-empty string or a number, got ${JSON.stringify(seed)}.`);
      resolved[name] = String(seed);
    } else if (spec.kind === 'schools') {
      resolved[name] = Array.isArray(given)
        ? centreCodes(given, schoolParam)
        : count(name, given ?? Math.min(spec.default as number, schoolParam?.values?.length ?? (spec.default as number)), spec.min!, spec.max!);
    } else if (spec.kind === 'choice') {
      const value = given ?? spec.default;
      if (typeof value !== 'string' || !spec.choices!.includes(value)) fail(`${name} must be ${spec.choices!.map((c) => JSON.stringify(c)).join(' or ')}, got ${JSON.stringify(value)}.`);
      resolved[name] = value;
    } else {
      resolved[name] = count(name, given ?? spec.default, spec.min!, spec.max!);
    }
  }
  const done = Object.freeze(resolved) as ResolvedOptions;
  RESOLVED.add(done);
  return done;
}
