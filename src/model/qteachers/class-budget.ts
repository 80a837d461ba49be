// How many classes a school runs, by stage: in exact sizes a share of `classesPerSchool` by
// the stage's levels; in realistic sizes enough home groups for the school's own students
// at Queensland's class size targets, composites where levels are small, and senior classes
// for six subjects each. Either way a function of the school's own figures only.
import { SENIOR_LOAD } from './senior-plan.ts';

export const STAGES = [
  { name: 'primary', first: 0, last: 6 },
  { name: 'junior', first: 7, last: 10 },
  { name: 'senior', first: 11, last: 12 },
] as const;
type StageName = (typeof STAGES)[number]['name'];

/** A cohort of neighbouring levels and its home groups. */
export interface Band {
  levels: number[];
  groups: number;
}
/** Home groups (a count, or the bands themselves) of the primary and junior stages, and classes of the senior stage. */
export type StagePlan = Partial<Record<'primary' | 'junior', number | Band[]>> & { senior?: number };

/** Classes per level a stage needs for one home group (seniors: a small offering), to share a school's classes out. */
const STAGE_COST = { primary: 7.3, junior: 7.5, senior: 9 } as const;
/** The fewest classes a senior cohort runs: its five English and Mathematics subjects and two electives, so everyone takes four. */
export const SENIOR_MIN = 7;
/** A senior stage needs this many classes per level before Years 11 and 12 are offered apart. */
export const SENIOR_SPLIT = 12;
/**
 * Realistic sizes plan home groups at this share of the size target: students join a home
 * group by their own draw, so group sizes vary around the plan as a lottery's do (a real
 * school balances them), and the plan leaves room for that (assumption).
 */
const PLANNED_FILL = 0.85;
/** Senior classes of about this size, six subjects a student (assumption). */
const SENIOR_CLASS = 22;

/** Splits `count` items into `parts` runs as evenly as possible, longer runs first. */
export function runs(count: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(count / parts) + (i < count % parts ? 1 : 0));
}

function range(from: number, to: number): number[] {
  return from > to ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The stages of levels `first`..`last`, with their levels. */
export const stagesOf = (first: number, last: number) =>
  STAGES.map((s) => ({ ...s, levels: range(Math.max(first, s.first), Math.min(last, s.last)) })).filter((s) => s.levels.length > 0);

/** [S19] Queensland's class size targets: 25 for Prep to Year 3 and Years 11–12, 28 for Years 4 to 10. */
export const targetSize = (level: number) => (level <= 3 || level >= 11 ? 25 : 28);

/**
 * Bands of levels and home groups per band, for `groups` home groups over `levels`. With
 * fewer groups than levels, neighbouring levels share a group (composites); with more, every
 * level gets the same number and what is left over becomes composite groups of two
 * neighbouring levels at the top of the stage, where the class size target is higher [S19].
 */
export function bandsOf(levels: readonly number[], groups: number): { levels: number[]; groups: number }[] {
  if (groups < levels.length) {
    let at = 0;
    return runs(levels.length, Math.max(1, groups)).map((n) => ({ levels: levels.slice(at, (at += n)), groups: 1 }));
  }
  const each = Math.floor(groups / levels.length);
  const left = groups - each * levels.length;
  // `left` extra groups: pairs of levels with 2 × each + 1 groups; or, when that needs more
  // levels than there are, every level one more and pairs with one group fewer than two levels'.
  const [pairs, perLevel, perPair] = 2 * left <= levels.length ? [left, each, 2 * each + 1] : [levels.length - left, each + 1, 2 * each + 1];
  const single = levels.length - 2 * pairs;
  return [
    ...levels.slice(0, single).map((l) => ({ levels: [l], groups: perLevel })),
    ...Array.from({ length: pairs }, (_, p) => ({ levels: levels.slice(single + 2 * p, single + 2 * p + 2), groups: perPair })),
  ];
}


/**
 * How a school with about `classes` classes shares them: by stage, in proportion to each
 * stage's levels and the classes a home group of it takes. What a stage cannot use for a
 * whole home group goes to the senior stage, where it is one more class.
 */
export function stagesForClasses(first: number, last: number, classes: number): StagePlan {
  const stages = stagesOf(first, last);
  const weights = stages.map((s) => s.levels.length * STAGE_COST[s.name]);
  const total = weights.reduce((a, b) => a + b, 0);
  const plan: StagePlan = {};
  let spent = 0;
  stages.forEach((stage, s) => {
    const budget = Math.floor((classes * weights[s]!) / total);
    if (stage.name === 'senior') plan.senior = Math.max(SENIOR_MIN, classes - spent);
    else {
      const groups = Math.max(1, Math.round(budget / STAGE_COST[stage.name]));
      plan[stage.name] = groups;
      spent += Math.round(groups * STAGE_COST[stage.name]);
    }
  });
  return plan;
}

/**
 * The home groups and classes of a school of `students`, spread evenly over its levels:
 * each level enough groups for its size target [S19] (at PLANNED_FILL), and neighbouring
 * levels too small for a class of their own joined into composites up to the target; senior
 * classes for six subjects each.
 */
export function stagesForSize(first: number, last: number, students: number): StagePlan {
  const perLevel = students / (last - first + 1);
  const plan: StagePlan = {};
  for (const stage of stagesOf(first, last)) {
    if (stage.name === 'senior') {
      plan.senior = Math.max(SENIOR_MIN, Math.ceil((perLevel * stage.levels.length * SENIOR_LOAD) / SENIOR_CLASS));
      continue;
    }
    const bands: Band[] = [];
    for (const level of stage.levels) {
      const room = targetSize(level) * PLANNED_FILL;
      const last = bands.at(-1);
      // A small level joins the composite before it while the two fit one class.
      if (last && last.groups === 1 && last.levels.length < 3 && perLevel * (last.levels.length + 1) <= room) last.levels.push(level);
      else bands.push({ levels: [level], groups: Math.max(1, Math.ceil(perLevel / room)) });
    }
    plan[stage.name] = bands;
  }
  return plan;
}

