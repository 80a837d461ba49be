import { test } from 'seedhub';
import { isolationTests } from './shared.ts';

test.use({ schools: 2, seed: 'config-a' });
isolationTests({ seed: 'config-a', schools: ['4650', '1690'] });
