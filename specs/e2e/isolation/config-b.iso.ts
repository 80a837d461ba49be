import { test } from 'seedhub';
import { isolationTests } from './shared.ts';

test.use({ schools: ['0220', '9743', '0001'], seed: 'config-b' });
isolationTests({ seed: 'config-b', schools: ['0220', '9743', '0001'] });
