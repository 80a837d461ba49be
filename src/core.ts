// `seedhub/core`: everything that needs no Playwright (data, the hub, its server,
// consistency checks, golden datasets). Importing it never loads `@playwright/test`.
// The list is deliberate: docs/reference.md names each export, and a spec holds the two together.

// Options and errors
export { DEFAULTS, DEFAULT_CENTRE_CODES, LIMITS } from './options.ts';
export type { CentreCode, HubOptions, ResolvedOptions } from './options.ts';
export { CrawlError } from './consistency/discover.ts';
export { GoldenError, HubConfigError, ModelError, OpenApiError } from './errors.ts';
export { GoldenDriftError } from './golden/drift-error.ts';

// The model and the data
export { qteachers } from './model/qteachers/index.ts';
export { extendModel } from './model/extend.ts';
export type { CollectionChange, ModelExtension } from './model/extend.ts';
export type {
  BaseContext, CollectionSpec, Entity, EntityContext, EntityField, EntitySpec, Model, OwnerKind, RecordContext, RecordField, Rng,
} from './model/types.ts';
export { createDataset } from './generate/dataset.ts';
export type { CollectionRoute, CollectionView, Dataset, SchoolSummary } from './generate/dataset.ts';

// The hub and its server
export { cacheStatsOf, createHandler } from './hub/pipeline.ts';
export type { HandlerOptions } from './hub/pipeline.ts';
export { PAGING } from './model/api.ts';
export type { Handle, HubRequest, HubResponse } from './hub/types.ts';
export { HubServer } from './transports/server.ts';
export type { ServeOptions } from './transports/server.ts';

// Consistency: crawl a hub, check what it served, compare a system under test with it
export { checkHub } from './consistency/check-hub.ts';
export { crawlHub, CRAWL_DEFAULTS } from './consistency/crawl.ts';
export type { CrawlOptions } from './consistency/crawl.ts';
export { checkCrawl, PAGING_RULES, RULES } from './consistency/checks.ts';
export type { CheckOptions } from './consistency/checks.ts';
export { crawlOfDataset } from './consistency/from-dataset.ts';
export type { DatasetCrawlOptions } from './consistency/from-dataset.ts';
export { compareWithHub, hubIndex, SUT_RULES } from './consistency/compare.ts';
export type { CompareOptions, HubIndex } from './consistency/compare.ts';
export { realismReport } from './consistency/realism.ts';
export type { RealismMetric } from './consistency/realism.ts';
export { FETCH_LIMITS, handlerFetch, limitedFetch } from './consistency/http.ts';
export type { FetchLimits, HubAnswer, HubFetch } from './consistency/http.ts';
export type { Crawl, CrawledEndpoint, CrawledSchool, Finding, IdField, PagedRow, Row } from './consistency/types.ts';

// The contract: OpenAPI documents out, and checks against them
export { openApiDocument } from './contract/document.ts';
export type { DocumentOptions, JsonSchema, OpenApiDocument } from './contract/document.ts';
export { contractOf } from './contract/check.ts';
export type { Contract, Violation } from './contract/check.ts';
export type { ApiShape } from './model/api.ts';
export { QTEACHERS_API } from './model/api.ts';
export type { FieldSchema, ModelLimit, ModelReferences, OwnerSpec } from './model/types.ts';
export type { SchoolParam } from './options.ts';

// The contract in: a model, and so a hub, from any hub's OpenAPI document
export { modelFromOpenAPI } from './openapi/model.ts';
export { openApiReport, renderReport } from './openapi/plan.ts';
export type { CollectionReport, OpenApiModelOptions, OpenApiReport, Relation } from './openapi/plan.ts';
export type { NotServed } from './openapi/operations.ts';
export { loadOpenApi, parseOpenApi, validateOpenApi } from './openapi/load.ts';
export type { OpenApiInput } from './openapi/load.ts';
export { conform } from './openapi/conformance.ts';
export type { ConformanceOptions, ConformanceReport } from './openapi/conformance.ts';
export { SANDBOX } from './model/sandbox.ts';

// Golden datasets: record, replay, verify, HAR
export { recordGolden, writeGolden } from './golden/record.ts';
export { datasetFromGolden } from './golden/replay.ts';
export { verifyGolden } from './golden/verify.ts';
export { renderDrift } from './golden/render.ts';
export type { GoldenMode } from './golden/modes.ts';
export { recordHar, writeHar } from './golden/har.ts';
export type { CollectionDigest, CollectionDrift, DriftReport, FieldChange, GoldenManifest } from './golden/types.ts';
