// Names that suit a family's language background and a person's generation: children get
// names given to children born in their years, parents the names of theirs. A background
// without a sourced list of its own given names (Cantonese, Punjabi) falls back as
// docs/data-model.md says.
import type { Rng } from '../types.ts';
import { CHILD_NAMES, ADULT_NAMES, ENGLISH_FAMILY_NAMES } from '../vocab/english-names.ts';
import { NAMES_BY_BACKGROUND } from '../vocab/names-by-background.ts';
import { NICKNAMES } from '../vocab/nicknames.ts';

export type Generation = 'child' | 'adult';

/** Given-name lists borrowed by backgrounds whose own are missing. */
const GIVEN_FROM: Readonly<Record<string, string>> = { punjabi: 'hindi' };

/** The female or male list a person of `sex` draws from; other sex codes take either. */
function bySex<T>(rng: Rng, sex: unknown, lists: { female: T; male: T }): T {
  if (sex === '2') return lists.female;
  if (sex === '1') return lists.male;
  return rng.chance(0.5) ? lists.female : lists.male;
}

/** A given name of `background` for a person of `sex`; `english` takes an English name instead. */
export function givenName(rng: Rng, background: string, sex: unknown, generation: Generation, english = false): string {
  const own = NAMES_BY_BACKGROUND[GIVEN_FROM[background] ?? background];
  const list = own ? bySex(rng, sex, own) : [];
  if (english || background === 'english' || list.length === 0) return rng.pick(bySex(rng, sex, generation === 'child' ? CHILD_NAMES : ADULT_NAMES));
  return rng.pick(list);
}

/** A family name of `background`. */
export function familyName(rng: Rng, background: string): string {
  const own = NAMES_BY_BACKGROUND[background]?.family;
  return rng.pick(background === 'english' || !own || own.length === 0 ? ENGLISH_FAMILY_NAMES : own);
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
