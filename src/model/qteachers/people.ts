// Small helpers for people: SIF sex codes, titles, and email addresses.
import type { BaseContext } from '../types.ts';
import { SEX } from '../vocab/codes.ts';
import { WOMEN_TITLES } from '../vocab/parents.ts';

export const sexCode = ({ rng }: BaseContext) => rng.weighted(SEX);

/** A title by sex: "Dr" only where a record knows of a doctorate (parent-profile.ts). */
export function title(ctx: BaseContext, sex: unknown): string {
  if (sex === '1') return 'Mr';
  if (sex === '2') return ctx.rng.weighted(WOMEN_TITLES);
  return 'Mx';
}

/** A lower-case local part for an email address, ASCII letters and dots only. */
export function emailLocal(...parts: unknown[]): string {
  return parts
    .map((p) => String(p).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z]/g, ''))
    .filter(Boolean)
    .join('.');
}
