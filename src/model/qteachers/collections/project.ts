// Helpers that build collection fields as projections of entities.
import type { Entity, RecordContext, RecordField } from '../../types.ts';

/** Fields copied unchanged from the entity that `source` picks. */
export function project(source: (ctx: RecordContext) => Entity, names: readonly string[]): Record<string, RecordField> {
  return Object.fromEntries(names.map((name) => [name, (ctx: RecordContext) => source(ctx)[name]]));
}

/** The owner itself (the student or staff member). */
export const owner = (ctx: RecordContext) => ctx.owner;
