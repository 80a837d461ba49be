// What a string property holds, read from its name (and from a type the document declares in
// an extension, such as the Consumer Data Right's `x-cds-type: AmountString`): a person's
// names, a username and an email address built from that person's names, phone numbers in
// the fiction ranges, amounts as decimal strings, a currency, dates, codes and URLs. Fields
// that hold secrets (passwords, tokens, keys, card numbers) are never given a plausible one:
// they are masked. Each maker draws from the field's own stream.
import { ADULT_NAMES, ENGLISH_FAMILY_NAMES } from '../model/vocab/english-names.ts';
import { LANDFORMS, NAME_WORDS, STREET_TYPES } from '../model/vocab/places.ts';
import { QLD_SUBURBS } from '../model/vocab/qld-suburbs.ts';
import type { Rng } from '../model/types.ts';

/** What a maker reads: the field's stream, the school year, and the record's fields made so far. */
export interface NamedContext {
  rng: Rng;
  schoolYear: number;
  record?: Readonly<Record<string, unknown>>;
  /** The collection the record is of (`users`, `orgs`): what a bare `name` names. */
  of?: string;
}

type Maker = (ctx: NamedContext, name: string) => string;

const DAY = 86_400_000;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const digits = (rng: Rng, count: number) => Array.from({ length: count }, () => rng.int(0, 9)).join('');

/** Collections of people: their `name` is a person's. */
const PEOPLE = /user|person|people|student|learner|staff|teacher|contact|parent|guardian|member|customer|employee|payee|holder|owner/i;
const GIVEN = /^(given|first|middle|preferred_?first|preferred_?middle)_?name$|^forename$/i;
const FAMILY = /^(family|last|sur|preferred_?last|last_?sur)_?name$|^surname$/i;

/** A name the record already has, or a fresh one. */
function nameOf(ctx: NamedContext, which: RegExp, pool: readonly string[]): string {
  const found = Object.entries(ctx.record ?? {}).find(([key, value]) => which.test(key) && typeof value === 'string' && value !== '')?.[1] as string | undefined;
  return found ?? ctx.rng.pick(pool);
}

const given = (ctx: NamedContext) => nameOf(ctx, /^(given|first)_?name$|^forename$/i, ADULT_NAMES.female);
const family = (ctx: NamedContext) => nameOf(ctx, /^(family|last|sur)_?name$|^(last_?)?surname$/i, ENGLISH_FAMILY_NAMES);
const plain = (word: string) => word.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');

/** Names of instants that follow another of the record's (an update its creation, an end its start), by what they follow. */
const FOLLOWS: readonly [RegExp, RegExp][] = [
  [/updat|modif|changed/i, /creat/i],
  [/end|finish|until|expir|matur|close/i, /begin|start|from|lodge|open|creat/i],
];

/** An instant in the school year or the one before, or after the one of the record's that it follows. */
function instant(ctx: NamedContext, name: string): number {
  const from = Date.UTC(ctx.schoolYear - 1, 0, 1);
  for (const [later, earlier] of FOLLOWS) {
    if (!later.test(name)) continue;
    // The nearest one made: a field of the same object before the record's own.
    const before = Object.entries(ctx.record ?? {}).reverse().find(([key, value]) => earlier.test(key) && !later.test(key) && typeof value === 'string' && !Number.isNaN(Date.parse(value)))?.[1] as string | undefined;
    if (before) return Date.parse(before) + ctx.rng.int(1, 180 * 24 * 3600) * 1000;
  }
  return from + ctx.rng.int(0, 365 * 24 * 3600) * 1000;
}

const dateOf = (ctx: NamedContext, name: string) => {
  // A birth date is a school-age child's (5 to 18) in a collection of students, else an adult's (20 to 65); any other date is in this school year or the last.
  if (/birth|dob/i.test(name)) {
    const [youngest, oldest] = /student|learner|pupil|child|kid/i.test(ctx.of ?? '') ? [5, 18] : [20, 65];
    return new Date(Date.UTC(ctx.schoolYear - oldest, 0, 1) + ctx.rng.int(0, (oldest - youngest) * 365 - 1) * DAY).toISOString().slice(0, 10);
  }
  return new Date(instant(ctx, name)).toISOString().slice(0, 10);
};
const dateTimeOf = (ctx: NamedContext, name: string) => new Date(instant(ctx, name)).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Makers by what the name says, most particular first. */
const BY_NAME: readonly [RegExp, Maker][] = [
  [/pass_?(word|phrase)|secret|token|api_?key|private_?key|credential|^pin$|cvv|cvc/i, () => '********'],
  [/masked|card_?number|^pan$/i, ({ rng }) => `xxxx xxxx xxxx ${digits(rng, 4)}`],
  [GIVEN, ({ rng }) => rng.pick(rng.chance(0.5) ? ADULT_NAMES.female : ADULT_NAMES.male)],
  [FAMILY, ({ rng }) => rng.pick(ENGLISH_FAMILY_NAMES)],
  [/^(full_?|display_?|person_?|contact_?|account_?holder_?)name$/i, (ctx) => `${given(ctx)} ${family(ctx)}`],
  [/^name$/i, (ctx) => {
    if (PEOPLE.test(ctx.of ?? '') || Object.keys(ctx.record ?? {}).some((key) => GIVEN.test(key))) return `${given(ctx)} ${family(ctx)}`;
    if (/org|school|campus|agenc/i.test(ctx.of ?? '')) return `${ctx.rng.pick(NAME_WORDS)} ${ctx.rng.pick(LANDFORMS)} State School`;
    return Array.from({ length: ctx.rng.int(1, 2) }, () => ctx.rng.pick(NAME_WORDS)).join(' ');
  }],
  [/user_?name|login(_?id|_?name)?$|^handle$/i, (ctx) => `${plain(given(ctx))}.${plain(family(ctx))}${ctx.rng.int(1, 99)}`],
  [/e_?mail/i, (ctx) => `${plain(given(ctx))}.${plain(family(ctx))}${ctx.rng.int(1, 99)}@example.com`],
  [/phone|mobile|^sms$|fax/i, ({ rng }) => `(07) ${rng.chance(0.5) ? '5550' : '7010'} ${pad(rng.int(0, 9999), 4)}`],
  [/pronoun/i, ({ rng }) => rng.pick(['she/her', 'he/him', 'they/them'])],
  [/title_?prefix|honorific|salutation/i, ({ rng }) => rng.pick(['Mr', 'Ms', 'Mrs', 'Dr'])],
  [/^bsb$/i, ({ rng }) => digits(rng, 6)],
  [/account_?number/i, ({ rng }) => digits(rng, 9)],
  [/currency/i, () => 'AUD'],
  [/amount|balance|price|cost|fee|redraw|limit$|charge|payment$/i, ({ rng }) => `${rng.int(0, 4999)}.${pad(rng.int(0, 99), 2)}`],
  [/rate$/i, ({ rng }) => `0.${pad(rng.int(50, 900), 4)}`],
  // ISO 8601 durations, as payment schedules state them.
  [/frequency|duration|interval$/i, ({ rng }) => rng.pick(['P1W', 'P2W', 'P1M', 'P3M', 'P1Y'])],
  [/^(date_?of_?birth|dob|birth_?date|birthday|date)$/i, dateOf],
  [/(_date|[a-z]Date|_on|[a-z]On)$/, dateOf],
  [/(_at|[a-z]At|[a-z]Time|_time|timestamp|[a-z]Modified)$/, dateTimeOf],
  [/^(href|url|uri|link|website|homepage)$|_?(url|uri)$/i, ({ rng }, name) => `https://example.org/${plain(name) || 'record'}/${rng.int(1, 99999)}`],
  [/post_?code|zip/i, ({ rng }) => rng.pick(QLD_SUBURBS)[1]],
  [/suburb|city|locality|town/i, ({ rng }) => rng.pick(QLD_SUBURBS)[0]],
  [/^state$/i, () => 'QLD'],
  [/^country(_?code)?$/i, () => 'AU'],
  [/street|address_?line|line_?1|^address$/i, ({ rng }) => `${rng.int(1, 250)} ${rng.pick(NAME_WORDS)} ${rng.pick(STREET_TYPES)}`],
  [/school_?name|campus_?name/i, ({ rng }) => `${rng.pick(NAME_WORDS)} ${rng.pick(LANDFORMS)} State School`],
  // CEDS grade codes, as OneRoster and Ed-Fi documents use them.
  [/^grades?$|grade_?level|year_?level/i, ({ rng }) => rng.pick(['KG', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'])],
  // An identifier or code of no other kind: letters of its name and digits (`CLA482133`).
  [/(id|ids|identifier|code|number|ref|key)$/i, ({ rng }, name) => `${(plain(name).slice(0, 3) || 'ref').toUpperCase()}${digits(rng, 6)}`],
];

/** Types documents declare in extensions, by the name rule that makes them. */
const DECLARED: Readonly<Record<string, string>> = {
  AmountString: 'amount', CurrencyString: 'currency', DateString: 'date', DateTimeString: 'updatedAt', RateString: 'rate',
  MaskedAccountString: 'maskedNumber', MaskedPANString: 'maskedNumber', URIString: 'url',
};

/** The index of the first rule a name matches; the last rule (codes) says least. */
const ruleOf = (name: string) => BY_NAME.findIndex(([words]) => words.test(name));

/**
 * The name a value is made for: `first` of `name: { first }` read as `firstName`, and a
 * declared type's rule for a name that says less than the type does (`maturityDate` stays
 * itself, so that it follows its `lodgementDate`).
 */
export function nameFor(name: string, schema: Readonly<Record<string, unknown>>, parent?: string): string {
  const declared = typeof schema['x-cds-type'] === 'string' ? DECLARED[schema['x-cds-type']] : undefined;
  const said = ruleOf(name);
  if (declared && (said < 0 || said === BY_NAME.length - 1)) return declared;
  if (parent && /name$/i.test(parent) && /^(first|last|middle|given|family)$/i.test(name)) return `${name}Name`;
  return name;
}

/** A string for a property whose name says what it holds, or undefined. */
export function stringByName(ctx: NamedContext, name: string): string | undefined {
  const found = BY_NAME.find(([words]) => words.test(name));
  return found ? found[1](ctx, name) : undefined;
}

/** A date (`format: date`) or instant (`format: date-time`) for a property of this name. */
export const dateFor = (ctx: NamedContext, name: string, withTime: boolean): string => (withTime ? dateTimeOf(ctx, name) : dateOf(ctx, name));

/** Whether a name says it holds a secret: such a field is masked whatever its format. */
export const isSecret = (name: string): boolean => BY_NAME[0]![0].test(name);

/** An email address for the record's person. */
export const emailFor = (ctx: NamedContext): string => BY_NAME.find(([words]) => words.test('email'))![1](ctx, 'email');

/** Status codes most records have (`active` beside `tobedeleted`): a seedhub guess of nine in ten, said in docs/data-model.md. */
export const USUAL_STATUS = /^(active|open|enabled|current|approved|available)$/i;
