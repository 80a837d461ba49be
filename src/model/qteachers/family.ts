// Who a household's parents or carers are. Its shape follows Australian family figures:
// one-parent families, same-sex couples, step-parents; and children in out-of-home care
// with their carers (kinship, foster or residential care), as often as Queensland's
// figures say. Each parent's birth year goes with the eldest child's.
import type { EntityContext } from '../types.ts';
import { CARE_RELATIONSHIPS, type Care } from '../vocab/codes.ts';
import type { ParentPlan } from './entities.ts';

/** [S13] 21.8% of families with dependent children are one-parent families; 79.8% of those are headed by mothers. */
const ONE_PARENT = 0.218;
const ONE_PARENT_MOTHER = 0.798;
/** One-parent households whose parent has a name other than the children's (assumption). */
const ONE_PARENT_OTHER_NAME = 0.05;
/** [S14] About 0.46% of couple families with children are same-sex couples, about four female couples to one male. */
const SAME_SEX = 0.0046;
/** [S15] About 14% of couple families with children are step or blended families (Greater Brisbane). */
const STEP = 0.14;
/** Partners who keep a family name of their own (assumption). */
const OWN_FAMILY_NAME = 0.25;
/**
 * [S30] Children in out-of-home care: 8.1 per 1,000 Queensland children (2023), 45.0 per
 * 1,000 Aboriginal and Torres Strait Islander children (2022); so about 4.9 per 1,000 of the
 * others, were Indigenous children 8% of children (that share is our assumption).
 */
export const IN_CARE = { indigenous: 0.045, other: 0.0049 } as const;
/** [S31] Children in out-of-home care: 52% with relatives or kin, 39% in foster care, 6.4% in residential care (Australia, 2019). */
const PLACEMENTS = [['kinship', 52], ['foster', 39], ['residential', 6.4]] as const;
/** Ages of a mother at her eldest child's birth, and how much older a father is (assumptions). */
const MOTHER_AGE = [24, 38] as const;
const FATHER_OLDER = [0, 5] as const;

/** Whether the household's children are in out-of-home care, and how. */
export function careOf(ctx: EntityContext, indigenous: boolean): Care | null {
  if (!ctx.rng.chance(indigenous ? IN_CARE.indigenous : IN_CARE.other)) return null;
  return ctx.rng.weighted(PLACEMENTS);
}

/** The parents or carers of a household whose eldest was born in `eldestYear`. */
export function parentsOf(ctx: EntityContext, legal: boolean, care: Care | null, eldestYear: number): ParentPlan[] {
  const { rng } = ctx;
  const born = (older = 0) => eldestYear - rng.int(...MOTHER_AGE) - older;
  const parent = (sex: string, relationshipCode = '01', sharesFamilyName = true, birthYear = born()): ParentPlan => ({ sex, relationshipCode, sharesFamilyName, birthYear, carer: false });
  if (care !== null) {
    const relationship = rng.weighted(CARE_RELATIONSHIPS[care]);
    // Carers: a grandparent is a generation older; a foster couple may be two.
    const older = relationship === '11' ? rng.int(22, 32) : 0;
    const carer = (sex: string): ParentPlan => ({ sex, relationshipCode: relationship, sharesFamilyName: care === 'kinship' && rng.chance(0.5), birthYear: born(older), carer: true });
    if (care === 'foster' && rng.chance(0.6)) return [carer('2'), carer('1')];
    return [carer(rng.chance(0.75) ? '2' : '1')];
  }
  if (!legal && rng.chance(ONE_PARENT)) return [parent(rng.chance(ONE_PARENT_MOTHER) ? '2' : '1', '01', !rng.chance(ONE_PARENT_OTHER_NAME))];
  if (rng.chance(SAME_SEX)) {
    const sex = rng.chance(0.8) ? '2' : '1';
    return [parent(sex), parent(sex, '01', rng.chance(0.3))];
  }
  const step = rng.chance(STEP);
  const motherFirst = rng.chance(0.6);
  // Children carry the father's family name in most families; in a step family, that of
  // their own parent (listed first); a step-parent has a name of their own.
  const keepsOwn = rng.chance(OWN_FAMILY_NAME);
  const motherBorn = born();
  const mother = parent('2', step && !motherFirst ? '02' : '01', step ? motherFirst : !keepsOwn, motherBorn);
  const father = parent('1', step && motherFirst ? '02' : '01', !(step && motherFirst), motherBorn - rng.int(...FATHER_OLDER));
  return motherFirst ? [mother, father] : [father, mother];
}
