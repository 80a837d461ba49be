// Names and contact details of people, from Faker's en_AU vocabulary and the fiction ranges.
import type { BaseContext } from '../types.ts';
import { SEX } from '../vocab/codes.ts';
import { FICTION_MOBILES } from '../vocab/contact.ts';

export const sexCode = ({ rng }: BaseContext) => rng.weighted(SEX);

/** A given name that matches a SIF sex code where it can. */
export function givenName(ctx: BaseContext, sex: unknown): string {
  const fakerSex = sex === '1' ? 'male' : sex === '2' ? 'female' : undefined;
  return ctx.faker.person.firstName(fakerSex);
}

export const familyName = (ctx: BaseContext) => ctx.faker.person.lastName();

export function title(ctx: BaseContext, sex: unknown): string {
  if (sex === '1') return ctx.rng.weighted([['Mr', 95], ['Dr', 5]]);
  if (sex === '2') return ctx.rng.weighted([['Ms', 50], ['Mrs', 35], ['Miss', 10], ['Dr', 5]]);
  return 'Mx';
}

/** One of the 30 mobile numbers published for fiction. */
export const mobile = ({ rng }: BaseContext) => rng.pick(FICTION_MOBILES);

/** A lower-case local part for an email address, letters and dots only. */
export function emailLocal(...parts: unknown[]): string {
  return parts.map((p) => String(p).toLowerCase().replace(/[^a-z]/g, '')).filter(Boolean).join('.');
}
