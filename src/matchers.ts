// seedhub's `expect`: Playwright's, extended with the hub's matchers.
import { expect as base } from '@playwright/test';

export const expect = base.extend({});
