// Siblings, birth dates and year levels. Students of one household are neighbours in index
// order, eldest first. A younger sibling is born a realistic interval after the one before
// (at least ten months; median 34 months), or on the same day as a twin; whether student i
// joins the household of i - 1 depends only on i's own keys and its elder siblings', so a
// student's family never changes when students are added after it.
import type { BaseContext, Entity } from '../types.ts';
import { asSchool } from './entities.ts';

/** Students of one household are neighbours in index order; no household spans a multiple of this. */
export const MAX_HOUSEHOLD = 4;
/** Chance that a student is the younger sibling of the student before (when the dates allow it). */
const SIBLING = 0.38;
/** Chance that a younger sibling is a twin: about 2.9% of babies are born in a multiple birth [S9]. */
const TWIN = 0.045;
/** Birth intervals [S10]: log-normal, median 34 months, interquartile range 23 to 46 months; never under 300 days. */
const MEDIAN_GAP_DAYS = 34 * 30.44;
const GAP_SIGMA = 0.51;
const MIN_GAP_DAYS = 300;
const DAY = 86_400_000;

export interface Kin {
  /** Birth date, as a UTC time. */
  birth: number;
  /** Year level index (Prep = 0). */
  level: number;
  /** The index of the household's first student. */
  head: number;
  twin: boolean;
}

/** The level index a child born at `birth` is in during `schoolYear`: Prep children turn five by 30 June. */
export function levelOfBirth(birth: number, schoolYear: number): number {
  const date = new Date(birth);
  const cohortYear = date.getUTCFullYear() + (date.getUTCMonth() >= 6 ? 1 : 0);
  return schoolYear - 5 - cohortYear;
}

/** A standard normal value from two uniform draws (Box–Muller). */
function normal(u1: number, u2: number): number {
  return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
}

const memo = new WeakMap<BaseContext['entity'], Map<number, Kin>>();
const MEMO_LIMIT = 65_536;

/** The kin facts of student `index` of the school of `ctx`. */
export function kinOf(ctx: BaseContext & { school: Entity }, index: number): Kin {
  let known = memo.get(ctx.entity);
  if (!known) memo.set(ctx.entity, (known = new Map()));
  const cached = known.get(index);
  if (cached) return cached;
  if (known.size >= MEMO_LIMIT) known.clear();
  const kin = computeKin(ctx, index);
  known.set(index, kin);
  return kin;
}

function computeKin(ctx: BaseContext & { school: Entity }, index: number): Kin {
  const { firstLevel, lastLevel } = asSchool(ctx.school);
  const year = ctx.options.schoolYear;
  const rng = ctx.keyed('kin', index);
  const [link, twin, gap1, gap2, levelDraw, dayDraw] = [rng.next(), rng.next(), rng.next(), rng.next(), rng.next(), rng.next()];
  if (index % MAX_HOUSEHOLD !== 0 && link < SIBLING) {
    const elder = kinOf(ctx, index - 1);
    if (twin < TWIN) return { ...elder, twin: true };
    const days = Math.max(MIN_GAP_DAYS, Math.round(MEDIAN_GAP_DAYS * Math.exp(GAP_SIGMA * normal(gap1, gap2))));
    const birth = elder.birth + days * DAY;
    const level = levelOfBirth(birth, year);
    if (level >= firstLevel && level <= lastLevel) return { birth, level, head: elder.head, twin: false };
  }
  const level = firstLevel + Math.floor(levelDraw * (lastLevel - firstLevel + 1));
  // Born from 1 July to 30 June of the year that makes them `level` in the school year.
  const from = Date.UTC(year - 6 - level, 6, 1);
  const to = Date.UTC(year - 5 - level, 5, 30);
  const birth = from + Math.floor(dayDraw * ((to - from) / DAY + 1)) * DAY;
  return { birth, level, head: index, twin: false };
}
