// `seedhub`: the Playwright face. A spec imports `test` and `expect` from here, and the
// few things it passes to them; tools import `seedhub/core`, which needs no Playwright.
// The list is deliberate: docs/reference.md names each export, and a spec holds the two together.
export { test } from './fixtures.ts';
export type { HubTransport, SeedhubFixtures, SeedhubOptions, SeedhubWorkerFixtures } from './fixtures.ts';
export { expect } from './matchers.ts';
export type { ConsistencyOptions, CrawlTarget, RequestPattern } from './matchers.ts';
export type { AnswerOverride, AuthOptions, FaultOptions, RecordOverride } from './hub/scenario-options.ts';
export type { Hub, HubManifest, LoggedRequest } from './playwright/hub.ts';

// What a spec passes to `test.use` beside plain values: a model, or a change to one.
export { qteachers } from './model/qteachers/index.ts';
export { extendModel } from './model/extend.ts';
export type { CollectionChange, ModelExtension } from './model/extend.ts';
export { modelFromOpenAPI } from './openapi/model.ts';
export type { OpenApiModelOptions } from './openapi/plan.ts';
export { loadOpenApi, parseOpenApi } from './openapi/load.ts';
export type { Entity, Model } from './model/types.ts';
export type { CentreCode, HubOptions } from './options.ts';
export type { GoldenMode } from './golden/modes.ts';
