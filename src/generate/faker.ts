// One Faker instance for the whole process, driven by whichever keyed stream is current.
// Faker brings the en_AU vocabulary; seedhub brings the randomness (Faker's Randomizer
// interface). Swapping the stream is nearly free, unlike `faker.seed()` per record.
//
// Faker loads on first use, and its locale on first read: a hub whose model calls neither
// starts without them (`seedhub serve`'s first answer, specs/cli/startup.spec.ts). The
// package index is never imported: it loads all 70 locales (≈ 0.15 s and 35 MB).
import { createRequire } from 'node:module';
import type { Faker, LocaleDefinition, Randomizer } from '@faker-js/faker';
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

// `require` of Faker's ES modules (Node ≥ 20.19): synchronous, so `faker` stays a plain value.
const require = createRequire(import.meta.url);

/** A stand-in for `load()`'s value that calls it on first touch, then forwards everything. */
function onFirstUse<T extends object>(load: () => T): T {
  let value: T | undefined;
  const target = () => (value ??= load());
  return new Proxy({} as T, {
    // Faker probes a locale with a symbol to tell its own proxies apart: that needs nothing loaded.
    get: (_stub, key) => (typeof key === 'symbol' && value === undefined ? undefined : Reflect.get(target(), key)),
    has: (_stub, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_stub, key) => Reflect.getOwnPropertyDescriptor(target(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
    // Writes go to the real object too (a test's spy on faker, say), never to the stand-in.
    set: (_stub, key, value) => Reflect.set(target(), key, value),
    defineProperty: (_stub, key, descriptor) => Reflect.defineProperty(target(), key, descriptor),
    deleteProperty: (_stub, key) => Reflect.deleteProperty(target(), key),
  });
}

/** en_AU, en and base, merged as `new Faker({ locale: [en_AU, en, base] })` merges them. */
const definitions = onFirstUse<LocaleDefinition>(() => (require('@faker-js/faker/locale/en_AU') as typeof import('@faker-js/faker/locale/en_AU')).faker.rawDefinitions);

/** Faker's class comes from its smallest entry (base), whose instance is the only export. */
function createFaker(): Faker {
  const { faker: base } = require('@faker-js/faker/locale/base') as typeof import('@faker-js/faker/locale/base');
  const FakerClass = base.constructor as typeof Faker;
  return new FakerClass({ locale: definitions, randomizer });
}

/** The shared Faker; only valid inside `callWithStream`. */
export const faker: Faker = onFirstUse(createFaker);

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
