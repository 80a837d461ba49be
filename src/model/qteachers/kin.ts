// Siblings, birth dates and year levels. Students of one household are neighbours in index
// order, eldest first. A younger sibling is born a realistic interval after the one before
// (at least ten months; median 34 months), or on the same day as a twin; whether student i
// joins the household of i - 1 depends only on i's own keys and its elder siblings', so a
// student's family never changes when students are added after it. A few children started
// Prep a year late (boys more often), so they are a year older than their cohort.
import type { BaseContext, Entity } from '../types.ts';
import { SEX } from '../vocab/codes.ts';
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
/**
 * [S39] Children who started Prep a year late: 2.9% in Queensland state schools about 2014;
 * by 2022 12.45% of Queensland Prep students (all sectors) were six by mid-year, mostly boys
 * (64%) and in private schools. Rising from 2.9% for Prep years to 2014 to 8% from 2022
 * (assumption: state schools below the all-sector figure); boys 64% of them.
 */
const DELAYED = { early: 0.029, earlyUntil: 2014, late: 0.08, lateFrom: 2022, boys: 0.64 } as const;

/** Chance that a child of `sex` who would start Prep in `prepYear` starts a year later. */
export function delayedEntry(prepYear: number, sex: string): number {
  const t = Math.min(1, Math.max(0, (prepYear - DELAYED.earlyUntil) / (DELAYED.lateFrom - DELAYED.earlyUntil)));
  const rate = DELAYED.early + t * (DELAYED.late - DELAYED.early);
  return rate * (sex === '1' ? 2 * DELAYED.boys : sex === '2' ? 2 * (1 - DELAYED.boys) : 1);
}

export interface Kin {
  /** Birth date, as a UTC time. */
  birth: number;
  /** Year level index (Prep = 0). */
  level: number;
  /** The index of the household's first student. */
  head: number;
  twin: boolean;
  sex: string;
  /** Started Prep a year after their birth cohort: a year older than their classmates. */
  delayed: boolean;
}

/** The level index a child born at `birth` is in during `schoolYear`: Prep children turn five by 30 June. */
export function levelOfBirth(birth: number, schoolYear: number): number {
  const date = new Date(birth);
  const cohortYear = date.getUTCFullYear() + (date.getUTCMonth() >= 6 ? 1 : 0);
  return schoolYear - 5 - cohortYear;
}

/**
 * Younger siblings join lower levels, so first-born students are drawn a little more often
 * into the higher ones (density 1 + HEAD_TILT at the top to 1 at the bottom, our fit): every
 * level then has about as many students, as schools' cohorts do.
 */
const HEAD_TILT = 0.6;
function headLevel(draw: number, first: number, last: number): number {
  const span = last - first + 1;
  // Inverse of the cumulative of a density rising linearly by HEAD_TILT over the span.
  const a = HEAD_TILT / 2;
  const x = a === 0 ? draw : (-1 + Math.sqrt(1 + 4 * a * (1 + a) * draw)) / (2 * a);
  return first + Math.min(span - 1, Math.floor(x * span));
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
  const [link, twin, gap1, gap2, levelDraw, dayDraw, delayDraw] = [rng.next(), rng.next(), rng.next(), rng.next(), rng.next(), rng.next(), rng.next()];
  const sex = rng.weighted(SEX);
  if (index % MAX_HOUSEHOLD !== 0 && link < SIBLING) {
    const elder = kinOf(ctx, index - 1);
    if (twin < TWIN) return { ...elder, twin: true, sex };
    const days = Math.max(MIN_GAP_DAYS, Math.round(MEDIAN_GAP_DAYS * Math.exp(GAP_SIGMA * normal(gap1, gap2))));
    const birth = elder.birth + days * DAY;
    // A child born January to June, the youngest of their cohort, may start a year later.
    const natural = levelOfBirth(birth, year);
    const delayed = new Date(birth).getUTCMonth() < 6 && delayDraw < delayedEntry(year - natural, sex);
    const level = delayed ? natural - 1 : natural;
    if (level >= firstLevel && level <= lastLevel) return { birth, level, head: elder.head, twin: false, sex, delayed };
  }
  const level = headLevel(levelDraw, firstLevel, lastLevel);
  const delayed = delayDraw < delayedEntry(year - level, sex);
  // Born from 1 July to 30 June of the year that makes them `level` in the school year; a
  // child who started late, from January to June of the year before (the cut-off's youngest).
  const from = delayed ? Date.UTC(year - 6 - level, 0, 1) : Date.UTC(year - 6 - level, 6, 1);
  const to = delayed ? Date.UTC(year - 6 - level, 5, 30) : Date.UTC(year - 5 - level, 5, 30);
  const birth = from + Math.floor(dayDraw * ((to - from) / DAY + 1)) * DAY;
  return { birth, level, head: index, twin: false, sex, delayed };
}
