// A high school's feeder primaries: the few primary schools of its district whose Year 6
// students go on to it, named from the high school's own key (so they never depend on the
// other schools of a hub), with most of Year 7 from the biggest of them. A family picks its
// primary once, so siblings went to the same one.
import type { BaseContext } from '../types.ts';
import { SCHOOL_TYPES } from '../vocab/school.ts';
import { otherSchoolPlace } from './school-names.ts';

/**
 * A high school's feeder primaries, and the share of its Year 7 who come from them, the
 * first taking the most (weights 1/rank). No figure on feeder concentration was found:
 * both are assumptions.
 */
export const FEEDERS = 6;
export const FROM_FEEDERS = 0.85;

const names = new WeakMap<BaseContext['keyed'], readonly string[]>();

/** The names of this high school's feeder primaries, distinct from each other. */
export function feedersOf(ctx: Pick<BaseContext, 'keyed'>): readonly string[] {
  let found = names.get(ctx.keyed);
  if (!found) {
    // One stream, drawn in turn: keys that differ only in a last digit start alike.
    const rng = ctx.keyed('feeder-schools');
    const list: string[] = [];
    while (list.length < FEEDERS) {
      const name = `${otherSchoolPlace(rng)} ${SCHOOL_TYPES[0].suffix}`;
      if (!list.includes(name)) list.push(name);
    }
    names.set(ctx.keyed, (found = list));
  }
  return found;
}

/** The primary school a household of this high school's district sent its children to. */
export function feederOf(ctx: Pick<BaseContext, 'keyed'>, head: number): string {
  const rng = ctx.keyed('feeder', head);
  if (rng.chance(FROM_FEEDERS)) return rng.weighted(feedersOf(ctx).map((name, rank) => [name, 1 / (rank + 1)] as const));
  return `${otherSchoolPlace(rng)} ${SCHOOL_TYPES[0].suffix}`;
}
