// Suites run by specs/e2e/options.spec.ts, not by the main suite (their files end in .iso.ts).
import { defineConfig } from '@playwright/test';

export default defineConfig({ testDir: '.', testMatch: 'bad-options.iso.ts', retries: 0, workers: 1 });
