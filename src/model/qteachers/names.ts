// Names that suit a family's language background and a person's generation, drawn by how
// common they are. English given names come from Queensland's top 100 of the person's own
// birth years (by registrations), or from the longer lists of their generation; English
// family names by their Australian frequency; Vietnamese family names by their shares.
// Names are plain ASCII, as school registers store them (Nguyễn is Nguyen). A background
// without a sourced list of its own given names (Punjabi) borrows as docs/data-model.md says.
import type { Rng } from '../types.ts';
import { ADULT_NAMES, CHILD_NAMES, ENGLISH_FAMILY_NAMES } from '../vocab/english-names.ts';
import { NAMES_BY_BACKGROUND } from '../vocab/names-by-background.ts';
import { NICKNAMES } from '../vocab/nicknames.ts';
import { QLD_TOP_FEMALE, QLD_TOP_MALE, type NameBand } from '../vocab/qld-top-names.ts';

/** Given-name lists borrowed by backgrounds whose own are missing. */
const GIVEN_FROM: Readonly<Record<string, string>> = { punjabi: 'hindi' };
/**
 * Share of English given names drawn from the top 100 of the birth years: in 2023 the top 100
 * names were 23,786 of Queensland's 58,959 births (40%, our arithmetic); earlier years were
 * less varied (assumption: 50% for every year).
 */
const TOP_100_SHARE = 0.5;
/**
 * Australian family names per million (UCL WorldNames, c. 2010) [S21]: the ten commonest
 * English ones. The rest of the list follows from the tenth as (10 / rank)^0.42, the fall
 * that gives the rest of the population to the other names (our fit).
 */
const AUSTRALIAN_TOP = [['Smith', 12254], ['Jones', 6133], ['Williams', 5904], ['Brown', 5881], ['Wilson', 5038], ['Taylor', 4868], ['Johnson', 3571], ['Martin', 3314], ['White', 3304], ['Anderson', 3298]] as const;
const TAIL_FALL = 0.42;
/** [S22] Shares of Vietnamese family names: Nguyen 38%, Tran 11%, Le 9.5%, Pham 7.1%, Huynh/Hoang 5.1%, Vu/Vo 3.9%, Dang 2.1%, Bui 2%; the others share the rest evenly. */
const VIETNAMESE = { Nguyen: 38, Tran: 11, Le: 9.5, Pham: 7.1, Huynh: 2.55, Hoang: 2.55, Vu: 1.95, Vo: 1.95, Dang: 2.1, Bui: 2 } as const;

/** A name as registers store it: diacritics dropped, đ as d. */
export function ascii(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

type Weighted = readonly (readonly [string, number])[];

const englishFamily: Weighted = (() => {
  const top = new Map<string, number>(AUSTRALIAN_TOP);
  const rest = ENGLISH_FAMILY_NAMES.filter((name) => !top.has(name));
  const tenth = AUSTRALIAN_TOP.at(-1)![1];
  return [...AUSTRALIAN_TOP, ...rest.map((name, i) => [name, tenth * (AUSTRALIAN_TOP.length / (AUSTRALIAN_TOP.length + 1 + i)) ** TAIL_FALL] as const)];
})();

const familyWeights = new Map<string, Weighted>();
function familyList(background: string): Weighted {
  let list = familyWeights.get(background);
  if (!list) {
    const own = NAMES_BY_BACKGROUND[background]?.family;
    if (background === 'english' || !own || own.length === 0) list = englishFamily;
    else {
      const names = [...new Set(own.map(ascii))];
      const sourced = background === 'vietnamese' ? (VIETNAMESE as Readonly<Record<string, number>>) : {};
      const given = Object.values(sourced).reduce((a, b) => a + b, 0);
      const others = names.filter((n) => !(n in sourced));
      list = names.map((n) => [n, sourced[n] ?? (given > 0 ? (100 - given) / others.length : 1)] as const);
    }
    familyWeights.set(background, list);
  }
  return list;
}

/** A family name of `background`, by frequency where it is known. */
export function familyName(rng: Rng, background: string): string {
  return rng.weighted(familyList(background));
}

/** The female or male list a person of `sex` draws from; other sex codes take either. */
function bySex<T>(rng: Rng, sex: unknown, lists: { female: T; male: T }): T {
  if (sex === '2') return lists.female;
  if (sex === '1') return lists.male;
  return rng.chance(0.5) ? lists.female : lists.male;
}

/** The band of Queensland's top names for a birth year (the nearest band outside 1965–2023). */
function bandOf(bands: readonly NameBand[], year: number): NameBand {
  return bands.find((b) => year >= b.from && year <= b.to) ?? (year < bands[0]!.from ? bands[0]! : bands.at(-1)!);
}

const bandWeights = new WeakMap<NameBand, Weighted>();
function weightsOf(band: NameBand): Weighted {
  let list = bandWeights.get(band);
  if (!list) bandWeights.set(band, (list = band.names.map((n, i) => [n, band.counts[i]!] as const)));
  return list;
}

/** The first birth year each name was in Queensland's top 100 (by band). */
const FIRST_TOP = new Map<string, number>();
for (const band of [...QLD_TOP_FEMALE, ...QLD_TOP_MALE]) for (const name of band.names) FIRST_TOP.set(name, Math.min(band.from, FIRST_TOP.get(name) ?? Infinity));
/** A generation's longer list holds names that took off years later: a name first in the top 100 more than this after a birth is not given. */
const LATER_BY = 5;
const tails = new Map<string, readonly string[]>();

/** The longer list of names of a generation, without names that took off after `birthYear`. */
function tailOf(list: readonly string[], key: string, birthYear: number): readonly string[] {
  const cacheKey = `${key} ${birthYear}`;
  let tail = tails.get(cacheKey);
  if (!tail) tails.set(cacheKey, (tail = list.filter((name) => (FIRST_TOP.get(name) ?? -Infinity) <= birthYear + LATER_BY)));
  return tail;
}

/** An English given name for someone of `sex` born in `birthYear`. */
function englishGiven(rng: Rng, sex: unknown, birthYear: number): string {
  const female = sex === '2' || (sex !== '1' && rng.chance(0.5));
  if (rng.chance(TOP_100_SHARE)) return rng.weighted(weightsOf(bandOf(female ? QLD_TOP_FEMALE : QLD_TOP_MALE, birthYear)));
  const lists = birthYear >= 2000 ? CHILD_NAMES : ADULT_NAMES;
  return rng.pick(tailOf(female ? lists.female : lists.male, `${birthYear >= 2000 ? 'child' : 'adult'} ${female}`, birthYear));
}

/** A given name of `background` for a person of `sex` born in `birthYear`; `english` takes an English name instead. */
export function givenName(rng: Rng, background: string, sex: unknown, birthYear: number, english = false): string {
  const own = NAMES_BY_BACKGROUND[GIVEN_FROM[background] ?? background];
  const list = own ? bySex(rng, sex, own) : [];
  if (english || background === 'english' || list.length === 0) return englishGiven(rng, sex, birthYear);
  return ascii(rng.pick(list));
}

/** A preferred name for `given`: one of its usual nicknames, or null when it has none. */
export function nickname(rng: Rng, given: string): string | null {
  const options = NICKNAMES[given];
  return options ? rng.pick(options) : null;
}

/** A name different from each of `taken`, drawn by `draw` with up to a few retries (then the last draw stands). */
export function distinctName(draw: (attempt: number) => string, taken: readonly unknown[]): string {
  let name = draw(0);
  for (let attempt = 1; attempt < 8 && taken.includes(name); attempt++) name = draw(attempt);
  return name;
}
