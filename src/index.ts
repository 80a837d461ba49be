// seedhub's public face: it only re-exports.
export { DEFAULTS, DEFAULT_CENTRE_CODES, LIMITS, resolveOptions } from './options.ts';
export type { CentreCode, HubOptions, ResolvedOptions } from './options.ts';
export { HubConfigError, ModelError } from './errors.ts';
export { createDataset } from './generate/dataset.ts';
export type { CollectionRoute, CollectionView, Dataset, SchoolSummary } from './generate/dataset.ts';
export { qteachers } from './model/qteachers/index.ts';
export { extendModel } from './model/extend.ts';
export type { CollectionChange, ModelExtension } from './model/extend.ts';
export type * from './model/types.ts';
export { OWNER_ID } from './model/types.ts';
export { createHandler } from './hub/handle.ts';
export { PAGING } from './hub/paginate.ts';
export type { Handle, HubRequest, HubResponse } from './hub/types.ts';
export { HubServer } from './transports/server.ts';
export type { ServeOptions } from './transports/server.ts';
export { findChromium, CHROMIUM_ARGS } from './browser.ts';
