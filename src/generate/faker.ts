// One Faker instance for the whole process, driven by whichever keyed stream is current.
// Faker brings the en_AU vocabulary; seedhub brings the randomness (Faker's Randomizer
// interface). Swapping the stream is nearly free, unlike `faker.seed()` per record.
import { Faker, base, en, en_AU, type Randomizer } from '@faker-js/faker';
import type { Next } from './keyed-random.ts';

let current: Next | undefined;

// Faker calls `next` unbound, so this is a closure over `current`, not a method.
const randomizer: Randomizer = {
  next: () => {
    if (!current) throw new Error('[seedhub] Faker was used outside a keyed stream. Use the faker of a field context.');
    return current();
  },
  seed: () => {},
};

/** The shared Faker; only valid inside `callWithStream`. */
export const faker = new Faker({ locale: [en_AU, en, base], randomizer });

/** Runs `generate(ctx)` with Faker drawing from `next`, restoring the previous stream after. */
export function callWithStream<C, T>(next: Next, generate: (ctx: C) => T, ctx: C): T {
  const previous = current;
  current = next;
  try {
    return generate(ctx);
  } finally {
    current = previous;
  }
}
