// Golden datasets: record, replay, verify, modes and HAR export, in one import.
export { recordGolden, writeGolden } from './record.ts';
export { parseGolden, type Golden } from './parse.ts';
export { datasetFromGolden, datasetOfGolden, loadGolden } from './replay.ts';
export { compareGolden, verifyGolden } from './verify.ts';
export { renderDrift } from './render.ts';
export { DEFAULT_GOLDEN_MODE, GOLDEN_MODES, goldenDataset, goldenSteps, type GoldenDatasetOptions, type GoldenMode } from './modes.ts';
export { fileStore, type GoldenStore } from './store.ts';
export { DEFAULT_HAR_BASE, harPaths, recordHar, writeHar } from './har.ts';
export { GOLDEN_FORMAT, GOLDEN_VERSION } from './format.ts';
export type * from './types.ts';
