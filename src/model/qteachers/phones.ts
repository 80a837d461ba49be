// Phone numbers. Landlines are distinct within a school, drawn without repetition from
// ACMA's Queensland fixed-line fiction ranges, (07) 5550 xxxx and (07) 7010 xxxx; a number's
// place in that draw follows from whose number it is, never from how many others there are.
// Mobiles are ACMA's 30 fiction mobiles, so people share them: no other mobile is safe.
import type { BaseContext, Rng } from '../types.ts';
import { FICTION_MOBILES } from '../vocab/contact.ts';

/** 20,000 numbers: enough for every household and contact of a school of about 4,000 students. */
export const PHONE_SPACE = 20_000;
/** Numbers per student index: the household's home phone and up to four contacts (two parents, two emergency). */
const PER_STUDENT = 5;

/** The `ordinal`th number of this school's draw; beyond PHONE_SPACE the draw starts over. */
function phoneNumber(ctx: Pick<BaseContext, 'permute'>, ordinal: number): string {
  const n = ctx.permute('phones', PHONE_SPACE, ordinal % PHONE_SPACE);
  return `(07) ${n < 10_000 ? '5550' : '7010'} ${String(n % 10_000).padStart(4, '0')}`;
}

/** The school's own number. */
export const schoolPhone = (ctx: Pick<BaseContext, 'permute'>) => phoneNumber(ctx, 0);
/** The home phone of the household whose first student is `head`. */
export const homePhone = (ctx: Pick<BaseContext, 'permute'>, head: number) => phoneNumber(ctx, 1 + head * PER_STUDENT);
/** The landline (work or home) of contact `slot` (0, 1 parents; 2, 3 emergency contacts) of household `head`. */
export const contactPhone = (ctx: Pick<BaseContext, 'permute'>, head: number, slot: number) => phoneNumber(ctx, 2 + head * PER_STUDENT + slot);
/** A mobile number: one of ACMA's fiction mobiles. */
export const mobilePhone = (rng: Rng) => rng.pick(FICTION_MOBILES);
