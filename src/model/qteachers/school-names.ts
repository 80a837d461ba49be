// School names that never clash. A hub school's place name is the image of its centre code
// under a keyed permutation of the SCHOOL_WORDS × PLACE_FORMS names (over 10,000 of them,
// one for every 4-digit code): two schools of a hub never share a name, and a school's name
// depends on its own code only, never on which other schools the hub has. Schools named
// only in histories (a previous school, a feeder primary) take animal words instead, so
// none of them can have a hub school's name, the student's own school's included.
import type { BaseContext, Rng } from '../types.ts';
import { OTHER_SCHOOL_WORDS, PLACE_FORMS, SCHOOL_WORDS } from '../vocab/places.ts';

/** Names a hub school may have: at least one per 4-digit centre code. */
export const HUB_SCHOOL_NAMES = SCHOOL_WORDS.length * PLACE_FORMS.length;
const CENTRE_CODES = 10_000;
if (HUB_SCHOOL_NAMES < CENTRE_CODES) throw new RangeError('vocab/places.ts must give a school name to every 4-digit centre code');

/** The place name of the hub school with this centre code, e.g. "Wattle Creek". */
export function hubSchoolPlace(ctx: Pick<BaseContext, 'permute'>, centreCode: string): string {
  const slot = ctx.permute('school-name', HUB_SCHOOL_NAMES, Number(centreCode), 'hub');
  return `${SCHOOL_WORDS[slot % SCHOOL_WORDS.length]} ${PLACE_FORMS[Math.floor(slot / SCHOOL_WORDS.length)]}`;
}

/** The place name of a school outside the hub, drawn from `rng`. */
export const otherSchoolPlace = (rng: Rng) => `${rng.pick(OTHER_SCHOOL_WORDS)} ${rng.pick(PLACE_FORMS)}`;
