// seedhub's `expect`: Playwright's, extended with the hub's matchers (one per file in matchers/).
import { expect as base } from '@playwright/test';
import { toHaveConsistentIds } from './matchers/to-have-consistent-ids.ts';
import { toHaveReceived } from './matchers/to-have-received.ts';
import { toMatchHub } from './matchers/to-match-hub.ts';

export type { ConsistencyOptions, CrawlTarget } from './matchers/to-have-consistent-ids.ts';

export type { RequestPattern } from './matchers/to-have-received.ts';

export const expect = base.extend({ toHaveConsistentIds, toMatchHub, toHaveReceived });
