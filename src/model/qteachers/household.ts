// Households: the siblings at a school share a family, a home, parents and emergency
// contacts. A household is named by the index of its first student (its head). Who it is
// follows from the school's place (community.ts): Aboriginal and Torres Strait Islander
// families, the languages spoken at home and families who came from overseas as often as
// there. A family moves as one: its arrival in Queensland and its latest move to another
// school are the household's, so siblings arrive together and the home dates from then.
import type { EntityContext, EntitySpec } from '../types.ts';
import { AUSTRALIA, BACKGROUNDS, ENGLISH, INDIGENOUS_LANGUAGES } from '../vocab/backgrounds.ts';
import { INDIGENOUS_CODES, INDIGENOUS_NOT_STATED } from '../vocab/codes.ts';
import { communityAt, englishOverseasChance, INDIGENOUS_LANGUAGE_AT_HOME, OVERSEAS_LOTE, type Community } from './community.ts';
import { asSchool, type Household, type ParentPlan } from './entities.ts';
import { careOf, parentsOf } from './family.ts';
import { homeFields } from './home.ts';
import { kinOf } from './kin.ts';
import { familyName } from './names.ts';

/** Families who came from interstate during their children's schooling (assumption). */
const FROM_INTERSTATE = 0.05;
/** [S16] About 4.5% of students change school in a year, besides moving up to secondary school: a household's move. */
const MOVE_PER_YEAR = 0.045;
/** Moves within the district (assumption), and moves and arrivals during the year, at the start of term 2, 3 or 4 (assumption). */
const SAME_DISTRICT = 0.6;
const MID_YEAR = 0.3;
/** Years back a family's arrival or move may lie: a Year 12 student's schooling. */
const SCHOOLING_YEARS = 13;
/** Households with a custody matter on file: two parents, one without custody (assumption). */
const LEGAL = 0.03;

const community = (ctx: EntityContext): Community => communityAt(asSchool(ctx.school).suburbIndex);
const backgroundOf = (key: unknown) => BACKGROUNDS.find((b) => b.key === key);
const indigenous = (status: unknown) => status === '1' || status === '2' || status === '3';
const term = (ctx: EntityContext) => (ctx.rng.chance(MID_YEAR) ? ctx.rng.int(2, 4) : 1);

/** The Aboriginal or Torres Strait Islander language a family speaks at home, by remoteness [S38]. */
function indigenousLanguage(ctx: EntityContext, status: string): string | null {
  if (!indigenous(status) || !ctx.rng.chance(INDIGENOUS_LANGUAGE_AT_HOME[community(ctx).remoteness])) return null;
  if (status !== '1') return INDIGENOUS_LANGUAGES.yumplatok;
  return community(ctx).remoteness === 'remote' && ctx.rng.chance(0.5) ? INDIGENOUS_LANGUAGES.kriol : INDIGENOUS_LANGUAGES.aboriginalEnglish;
}

export const household: EntitySpec = {
  fields: {
    head: ({ index }) => Number(index),
    refId: ({ rng }) => rng.uuid(),
    indigenousStatus: (ctx) => {
      if (ctx.rng.chance(INDIGENOUS_NOT_STATED)) return '9';
      return ctx.rng.chance(community(ctx).indigenous) ? ctx.rng.weighted(INDIGENOUS_CODES) : '4';
    },
    // The family's names: another background's for a family that speaks its language at home.
    background: (ctx) => (!indigenous(ctx.record.indigenousStatus) && ctx.rng.chance(community(ctx).lote) ? ctx.rng.weighted(community(ctx).languages) : 'english'),
    indigenousLanguage: (ctx) => indigenousLanguage(ctx, String(ctx.record.indigenousStatus)),
    // A language other than English at home (LBOTE): Aboriginal English is English.
    lote: ({ record }) => record.background !== 'english' || (record.indigenousLanguage !== null && record.indigenousLanguage !== INDIGENOUS_LANGUAGES.aboriginalEnglish),
    // Whether that language is the children's main language at home.
    speaksLanguage: ({ rng, record }) => record.indigenousLanguage !== null || (record.background !== 'english' && rng.chance(backgroundOf(record.background)?.speaksAtHome ?? 0)),
    homeLanguage: ({ record }) => (!record.speaksLanguage ? ENGLISH : (record.indigenousLanguage as string | null) ?? backgroundOf(record.background)!.language),
    origin: (ctx) => {
      if (ctx.record.indigenousStatus !== '4' && ctx.record.indigenousStatus !== '9') return 'local';
      if (ctx.rng.chance(ctx.record.background === 'english' ? englishOverseasChance(community(ctx)) : OVERSEAS_LOTE)) return 'overseas';
      return ctx.rng.chance(FROM_INTERSTATE) ? 'interstate' : 'local';
    },
    arrivalYear: ({ rng, record, options }) => (record.origin === 'local' ? null : options.schoolYear - rng.int(0, SCHOOLING_YEARS - 1)),
    arrivalTerm: (ctx) => (ctx.record.origin === 'local' ? 1 : term(ctx)),
    originCountry: (ctx) => {
      if (ctx.record.origin !== 'overseas') return AUSTRALIA;
      return ctx.record.background === 'english' ? ctx.rng.weighted(community(ctx).englishCountries) : backgroundOf(ctx.record.background)!.country;
    },
    // The family's latest move to another school in Queensland, after it arrived: each year back, by the rate of moves.
    move: (ctx) => {
      const since = Number(ctx.record.arrivalYear ?? ctx.options.schoolYear - SCHOOLING_YEARS);
      // Year by year back from now, always the same years in the same order: the draws do not depend on `since`.
      const years = ctx.keyed('family-moves', Number(ctx.index));
      for (let year = ctx.options.schoolYear; year > ctx.options.schoolYear - SCHOOLING_YEARS; year--) {
        if (years.chance(MOVE_PER_YEAR) && year > since) return { year, term: term(ctx), kind: ctx.rng.chance(SAME_DISTRICT) ? 'sameDistrict' : 'otherDistrict' };
      }
      return null;
    },
    familyName: (ctx) => familyName(ctx.rng, String(ctx.record.background)),
    legal: ({ rng }) => rng.chance(LEGAL),
    care: (ctx) => (ctx.record.legal ? null : careOf(ctx, indigenous(ctx.record.indigenousStatus))),
    parents: (ctx) => {
      const eldest = new Date(kinOf(ctx, Number(ctx.index)).birth).getUTCFullYear();
      return parentsOf(ctx, Boolean(ctx.record.legal), (ctx.record.care as Household['care']) ?? null, eldest);
    },
    parentCount: ({ record }) => (record.parents as ParentPlan[]).length,
    emergencyCount: ({ rng }) => rng.int(1, 2),
    ...homeFields,
  },
};
