import { expect, test } from '@playwright/test';
import { keyedPermutation } from '../../src/generate/permutation.ts';

test('a keyed permutation maps [0, n) onto itself without collisions', () => {
  for (const n of [1, 2, 7, 100, 9996, 65_537]) {
    const permute = keyedPermutation(n, `key-${n}`);
    const values = Array.from({ length: n }, (_, i) => permute(i));
    expect(values.filter((v) => !Number.isInteger(v) || v < 0 || v >= n)).toEqual([]);
    expect(new Set(values).size).toBe(n);
  }
});

test('another key gives another order, and the order does not look sequential', () => {
  const a = Array.from({ length: 50 }, (_, i) => keyedPermutation(1_000_000, 'a')(i));
  const b = Array.from({ length: 50 }, (_, i) => keyedPermutation(1_000_000, 'b')(i));
  expect(a).not.toEqual(b);
  const ascending = a.filter((value, i) => i > 0 && value > a[i - 1]!).length;
  expect(ascending).toBeGreaterThan(10);
  expect(ascending).toBeLessThan(40);
});

test('an index outside the domain is refused', () => {
  expect(() => keyedPermutation(10, 'k')(10)).toThrow(/outside \[0, 10\)/);
});
