// seedhub's alea is seedrandom's alea, value for value: the keyed-stream scheme must not change.
import { expect, test } from '@playwright/test';
import seedrandom from 'seedrandom';
import { callWithStream, faker } from '../../src/generate/faker.ts';
import { aleaAfter, aleaOf, KeyPrefix, keyedStream, rngOf } from '../../src/generate/keyed-random.ts';

const KEYS = ['', ' ', 'seedhub', 'seedhub\u001f0220\u001fstudents\u001f999999\u001f0\u001fgivenName', 'é☃𝄞 long '.repeat(40)];

test('aleaOf(key) gives the values of seedrandom.alea(key), in order', () => {
  for (const key of KEYS) {
    const reference = seedrandom.alea(key);
    const ours = aleaOf(key);
    for (let i = 0; i < 200; i++) expect(ours(), `${JSON.stringify(key)} #${i}`).toBe(reference());
  }
});

test('streams seeded in an interleaved order still match (the lazy seeding shares no state)', () => {
  const a = aleaOf('a');
  const b = aleaOf('b');
  expect([b(), a(), b(), a()]).toEqual([seedrandom.alea('b')(), seedrandom.alea('a')(), ...(() => {
    const rb = seedrandom.alea('b');
    const ra = seedrandom.alea('a');
    rb();
    ra();
    return [rb(), ra()];
  })()]);
});

test('keyedStream joins parts with the unit separator', () => {
  expect(keyedStream(['s', 1, 'x'])()).toBe(seedrandom.alea('s\u001f1\u001fx')());
});

test('rng helpers draw as before: int, pick and weighted', () => {
  const rng = rngOf(aleaOf('helpers'));
  const reference = seedrandom.alea('helpers');
  const int = (min: number, max: number) => min + Math.floor(reference() * (max - min + 1));
  expect(rng.int(3, 9)).toBe(int(3, 9));
  const list = ['a', 'b', 'c', 'd', 'e'];
  expect(rng.pick(list)).toBe(list[int(0, list.length - 1)]);
  const { chance } = rng;
  expect(chance(0.5)).toBe(reference() < 0.5);
});

test('a stream seeded by a shared prefix and a rest is the stream of the whole key', () => {
  const prefix = new KeyPrefix('seedhub\u001f0220\u001fstudents\u001f12\u001f0\u001f');
  for (const field of ['givenName', 'sex', '', 'x'.repeat(300)]) {
    const reference = seedrandom.alea(prefix.text + field);
    const ours = aleaAfter(prefix, field);
    // Another stream seeded in between must not disturb this one.
    aleaOf('between')();
    for (let i = 0; i < 50; i++) expect(ours()).toBe(reference());
  }
});

test("rng.uuid() is Faker's string.uuid() from the same stream, value for value, and leaves the stream where Faker does", () => {
  for (let i = 0; i < 500; i++) {
    const key = `uuid\u001f${i}`;
    const ours = rngOf(aleaOf(key));
    const fakers = aleaOf(key);
    const theirs = callWithStream(fakers, () => faker.string.uuid(), undefined);
    expect(ours.uuid(), key).toBe(theirs);
    expect(ours.next(), `${key}: the draw after`).toBe(fakers());
  }
  expect(rngOf(aleaOf('shape')).uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});
