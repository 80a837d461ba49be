// Small helpers for people: SIF sex codes, titles, and email addresses.
import type { BaseContext } from '../types.ts';
import { SEX } from '../vocab/codes.ts';

export const sexCode = ({ rng }: BaseContext) => rng.weighted(SEX);

export function title(ctx: BaseContext, sex: unknown): string {
  if (sex === '1') return ctx.rng.weighted([['Mr', 95], ['Dr', 5]]);
  if (sex === '2') return ctx.rng.weighted([['Ms', 50], ['Mrs', 35], ['Miss', 10], ['Dr', 5]]);
  return 'Mx';
}

/** A lower-case local part for an email address, ASCII letters and dots only. */
export function emailLocal(...parts: unknown[]): string {
  return parts
    .map((p) => String(p).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z]/g, ''))
    .filter(Boolean)
    .join('.');
}
