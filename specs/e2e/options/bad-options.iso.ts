// Every test here fails on purpose, at its hub: specs/e2e/options.spec.ts reads the messages.
import { expect, test, type SeedhubOptions } from 'seedhub';

const bad: [string, Partial<SeedhubOptions>][] = [
  ['no schools', { schools: 0 }],
  ['an empty seed', { seed: '' }],
  ['an unknown transport', { hubTransport: 'x' as SeedhubOptions['hubTransport'] }],
  ['a centre code without its leading zero', { schools: ['4650', '220'] }],
  ['a golden mode that does not exist', { golden: 'goldens/x.json', goldenMode: 'replai' as SeedhubOptions['goldenMode'] }],
];

for (const [name, options] of bad) {
  test.describe(name, () => {
    test.use(options);
    test('fails at the hub', async ({ hub }) => {
      expect(hub).toBeDefined();
    });
  });
}
