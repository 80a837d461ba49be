// What a flag says, as a school nurse or a deputy principal would write it: the condition's
// SIF label, then its medication, triggers and where things are kept, and the date its plan
// was last reviewed; a court order or a child-safety placement in plain words, naming no
// system (no API paths). Each text is built from the flag's own draws.
import type { RecordContext, Rng } from '../../types.ts';
import { labelOf } from '../../vocab/sif-codesets.ts';
import { dayBetween } from '../dates.ts';
import type { Household } from '../entities.ts';

const pickSome = (rng: Rng, list: readonly string[], most: number) => {
  const pool = [...list];
  return Array.from({ length: rng.int(1, most) }, () => pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
};
/** A plan's review date: within the twelve months before the school year. */
const reviewed = (ctx: RecordContext) => dayBetween(ctx.rng, `${ctx.options.schoolYear - 1}-01-20`, `${ctx.options.schoolYear}-01-23`);

const ASTHMA = {
  reliever: ['Ventolin (salbutamol) puffer with spacer', 'Asmol (salbutamol) puffer with spacer', 'Airomir (salbutamol) puffer with spacer', 'Bricanyl (terbutaline) Turbuhaler'],
  kept: ['carried in school bag', 'spare in the office first aid room', 'kept in the classroom first aid kit', 'carried; spare in sports bag'],
  triggers: ['exercise', 'cold air', 'colds and flu', 'pollen', 'dust', 'smoke', 'strong smells'],
};
const ALLERGEN: Readonly<Record<string, string>> = { 'MAA-10': 'peanut', 'MAA-12': 'tree nuts', 'MAA-3': 'egg', 'MAA-2': 'cow\'s milk', 'MAA-11': 'shellfish', 'MAA-6': 'bee stings' };
const DIABETES = {
  regimen: ['insulin pump (Omnipod)', 'insulin pump (t:slim)', 'insulin pump (MiniMed 780G)', 'insulin by pen (NovoRapid) at lunch'],
  monitor: ['Freestyle Libre sensor; alarms to phone', 'Dexcom CGM; alarms to phone', 'finger-prick checks before lunch and sport'],
};
const EPILEPSY = {
  'MS-1': ['ethosuximide at home', 'sodium valproate at home', 'lamotrigine at home'],
  'MS-2': ['levetiracetam (Keppra) at home', 'sodium valproate at home', 'lamotrigine at home'],
};
const ADHD = {
  medicine: ['methylphenidate (Ritalin LA) before school', 'lisdexamfetamine (Vyvanse) before school', 'methylphenidate (Concerta) before school', 'no medication'],
  support: ['seated near the teacher', 'movement breaks', 'instructions one step at a time', 'quiet space for tests', 'visual timetable'],
};
const HEARING = {
  aids: ['hearing aids, both ears', 'cochlear implant, right ear', 'cochlear implant, left ear', 'hearing aid, left ear'],
  support: ['sound-field system in class', 'remote microphone (Roger) worn by the teacher', 'seated at the front, facing the teacher', 'visiting teacher (hearing impairment) each term'],
};

/** The text of a medical flag for `code`, for a student of `age` (at 30 June). */
export function medicalText(ctx: RecordContext, code: string, age: number): string {
  const { rng } = ctx;
  const label = labelOf('WellbeingCharacteristicSubCategory', code);
  if (code === 'MRD-1') {
    return `${label}: ${rng.pick(ASTHMA.reliever)} ${rng.pick(ASTHMA.kept)}; triggers ${pickSome(rng, ASTHMA.triggers, 2).join(' and ')}; asthma action plan reviewed ${reviewed(ctx)}`;
  }
  if (code in ALLERGEN) {
    const device = `${rng.pick(['EpiPen', 'Anapen'])} ${age < 8 ? '150 mcg' : '300 mcg'}`;
    const kept = rng.pick(['in the office', 'in school bag; second in the office', 'in the classroom and on excursions']);
    const avoid = code === 'MAA-6' ? 'shoes on outdoors; bee nests reported to the office' : `no ${ALLERGEN[code]} in shared food; tuckshop informed`;
    return `${label}: anaphylaxis; ${device} ${kept}; ${avoid}; ASCIA action plan dated ${reviewed(ctx)}`;
  }
  if (code === 'MEM-2') return `${label}: type 1; ${rng.pick(DIABETES.regimen)}; ${rng.pick(DIABETES.monitor)}; hypo kit in ${rng.pick(['the office', 'school bag', 'the classroom'])}; diabetes action plan dated ${reviewed(ctx)}`;
  if (code === 'MS-1' || code === 'MS-2') {
    const emergency = code === 'MS-2' ? `; midazolam in the office if a seizure lasts over ${rng.pick(['3', '5'])} minutes` : '; staff note episodes for parents';
    return `${label}: ${rng.pick(EPILEPSY[code])}${emergency}; seizure management plan dated ${reviewed(ctx)}`;
  }
  if (code === 'MH-5') return `${label}: ${rng.pick(ADHD.medicine)}; ${pickSome(rng, ADHD.support, 2).join(', ')}; plan agreed with parents ${reviewed(ctx)}`;
  if (code === 'MD-04') return `${label}: ${rng.pick(HEARING.aids)}; ${rng.pick(HEARING.support)}; audiology review ${reviewed(ctx)}`;
  if (code === 'MAIM-1') return `${label}: strict gluten-free diet; ${rng.pick(['tuckshop informed', 'brings own food to class parties', 'own food on camps'])}; diagnosed ${ctx.options.schoolYear - rng.int(1, Math.max(1, age - 3))}`;
  return `${label}: care plan dated ${reviewed(ctx)}`;
}

const CARERS: Readonly<Record<string, string>> = { '11': 'kinship carer (grandparent)', '12': 'kinship carer (aunt or uncle)', '06': 'kinship carer (relative)', '04': 'foster carers', '30': 'residential care' };
const ORDERS = ['long-term guardianship to the chief executive', 'short-term guardianship to the chief executive', 'temporary custody order'];

/** The text of a legal flag: the family's court order, or the child's child-safety order and placement. */
export function legalText(ctx: RecordContext, home: Household, restrictedSex: string | null, interventionOrder: boolean): string {
  const { rng } = ctx;
  if (home.care !== null) {
    const carer = CARERS[home.parents[0]?.relationshipCode ?? '04'] ?? 'foster carers';
    return `Child protection order: ${rng.pick(ORDERS)}; placed with ${carer}; information to birth family only as Child Safety approves; Child Safety officer contact on file`;
  }
  const who = restrictedSex === '1' ? 'father' : restrictedSex === '2' ? 'mother' : 'other parent';
  const order = interventionOrder ? `Domestic violence order (${who} named) sighted ${reviewed(ctx)}` : `Family Court parenting order sighted ${reviewed(ctx)}`;
  return `${order}: ${who} not to collect or contact the student at school; copy on confidential file; ${rng.pick(['principal to be told if the ' + who + ' attends', 'office staff briefed', 'no information to the ' + who + ' without the principal'])}`;
}
