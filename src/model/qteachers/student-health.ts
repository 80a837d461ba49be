// What a student's flags come from: their medical conditions (each on its own draw), an NCCD
// adjustment that goes with a condition that needs one (hearing loss with a sensory
// adjustment) or stands on its own, EAL/D support, and the order of the flags /flags serves.
// Fields of the student entity, in order.
import type { EntityContext, EntitySpec } from '../types.ts';
import { AUSTRALIA } from '../vocab/backgrounds.ts';
import { FLAG_CATEGORIES, type FlagType } from '../vocab/codes.ts';
import { CONDITIONS, NCCD_CATEGORIES, NCCD_LEVELS, NCCD_OTHER } from '../vocab/health.ts';
import { asHousehold } from './entities.ts';

/** [S18] Boys and girls with asthma: 12.1% and 7.9%. */
const ASTHMA_BY_SEX: Readonly<Record<string, number>> = { '1': 0.121, '2': 0.079 };
/**
 * EAL/D support: every student whose home language is an Aboriginal or Torres Strait
 * Islander language or Aboriginal English (Queensland counts them as EAL/D learners [S40]);
 * of other LBOTE students, most born overseas and some born here (assumption).
 */
const EALD = { overseas: 0.7, here: 0.25 };

const home = (ctx: EntityContext) => asHousehold(ctx.entity('household', Number(ctx.record.householdHead)));

export interface Nccd {
  level: string;
  category: string;
  /** The flagged condition the adjustment is for, if any. */
  condition: string | null;
}

export const healthFields: EntitySpec['fields'] = {
  // Medical conditions, each on its own draw: a student may have none, one or several.
  conditions: (ctx) => {
    const age10 = Number(ctx.record.levelIndex) >= 5;
    // One stream, a draw per condition in turn: keys that differ only in a last digit (MAA-10, MAA-12) start alike.
    const rng = ctx.keyed('conditions', Number(ctx.index));
    return CONDITIONS.filter((condition) => {
      const rate = condition.code === 'MRD-1' ? (ASTHMA_BY_SEX[String(ctx.record.sex)] ?? (condition.rate as number))
        : typeof condition.rate === 'number' ? condition.rate : age10 ? condition.rate.from10 : condition.rate.under10;
      return rng.chance(rate);
    }).map((c) => c.code);
  },
  // An adjustment for a condition that needs one, else one on its own at the rate that keeps the total at NCCD_RATE.
  nccd: (ctx): Nccd | null => {
    for (const code of ctx.record.conditions as string[]) {
      const linked = CONDITIONS.find((c) => c.code === code)!.nccd;
      if (linked && ctx.rng.chance(linked.chance)) return { level: ctx.rng.weighted(linked.levels), category: linked.category, condition: code };
    }
    return ctx.rng.chance(NCCD_OTHER) ? { level: ctx.rng.weighted(NCCD_LEVELS), category: ctx.rng.weighted(NCCD_CATEGORIES), condition: null } : null;
  },
  eald: (ctx) => {
    if (home(ctx).indigenousLanguage !== null) return true;
    return ctx.record.lbote === 'Y' && ctx.rng.chance(ctx.record.countryOfBirth === AUSTRALIA ? EALD.here : EALD.overseas);
  },
  // The flags a student carries, in a fixed order; /flags serves one record for each.
  flagTypes: (ctx) => {
    const { record } = ctx;
    const nccd = record.nccd as Nccd | null;
    const family = home(ctx);
    const types: FlagType[] = [
      ...(record.conditions as string[]).map(() => 'MEDICAL' as const),
      ...(family.legal || family.care !== null ? ['LEGAL' as const] : []),
      ...(['1', '2', '3'].includes(String(record.indigenousStatus)) ? ['INDIGENOUS' as const] : []),
      ...(record.eald ? ['EALD' as const] : []),
      ...(nccd ? ['DISABILITY_NCCD' as const] : []),
      ...(nccd && nccd.level !== 'QDTP' ? ['ILP' as const] : []),
    ];
    return types.filter((t) => t in FLAG_CATEGORIES);
  },
};
