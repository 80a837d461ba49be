// A student's home group and classes. Prep to Year 10: every class of their home group.
// Years 11 and 12: the subjects they choose from their cohort's offering (senior-plan.ts),
// one class of each. Every choice is the student's own draw, so nobody moves when others join.
import type { EntityContext } from '../types.ts';
import { classPlanOf } from './school.ts';
import { chooseSubjects } from './senior-plan.ts';

const cohortOf = (ctx: EntityContext) => classPlanOf(ctx).cohortOf(Number(ctx.record.levelIndex))!;

/** The student's home group: one of their cohort's. */
export const homegroupOf = (ctx: EntityContext) => ctx.rng.pick(cohortOf(ctx).groups).code;

/** The class IDs the student attends. */
export function classesOf(ctx: EntityContext): string[] {
  const cohort = cohortOf(ctx);
  if (!cohort.offering) return cohort.groups.find((g) => g.code === ctx.record.homegroup)!.classes.map((c) => c.localId);
  const subjects = chooseSubjects(cohort.offering.map((o) => o.offered), ctx.keyed('senior-subjects', Number(ctx.index)));
  const sections = ctx.keyed('senior-classes', Number(ctx.index));
  return subjects.map((subject) => sections.pick(cohort.offering!.find((o) => o.offered.subject.code === subject.code)!.classes).localId);
}
