// From the fixture options a spec gave (`test.use`, the config's `use` or `projects`) to a
// hub configuration: validated with a one-line message naming the option and what it
// allows, golden paths resolved against the config file's folder, and a key under which
// the worker keeps one hub per distinct configuration.
import { isAbsolute, relative, resolve } from 'node:path';
import { HubConfigError, oneLine } from '../errors.ts';
import type { GoldenMode } from '../golden/modes.ts';
import { GOLDEN_MODES } from '../golden/modes.ts';
import { validateModel } from '../model/extend.ts';
import type { Model } from '../model/types.ts';
import { resolveOptions, type HubOptionName, type HubOptions, type ResolvedOptions } from '../options.ts';

export type HubTransport = 'server' | 'route';
const TRANSPORTS: readonly HubTransport[] = ['server', 'route'];

/** The fixture options that choose the data: every hub option of `HUB_OPTIONS`, and the model and golden. */
export type DataOptions = { [K in HubOptionName]: Exclude<HubOptions[K], undefined> } & {
  hubModel: Model;
  golden: string | undefined;
  goldenMode: GoldenMode | undefined;
};

/** A validated configuration; equal keys make equal hubs. */
export interface HubConfig {
  key: string;
  options: ResolvedOptions;
  model: Model;
  golden?: { file: string; shownAs: string; mode: GoldenMode | undefined };
}

/** A configuration error: one line (seedhub's errors carry no stack). */
export const optionError = (message: string) => new HubConfigError(message);

/** Models are compared by identity: the same object is the same model. */
const modelIds = new WeakMap<Model, number>();
let models = 0;
const modelId = (model: Model) => {
  let id = modelIds.get(model);
  if (id === undefined) modelIds.set(model, (id = ++models));
  return id;
};

function checkModel(model: unknown): Model {
  if (typeof model !== 'object' || model === null || !('entities' in model) || !('collections' in model)) {
    throw optionError(`Failed to configure the hub: hubModel must be a model (qteachers, one made with extendModel, or one made with modelFromOpenAPI), got ${JSON.stringify(model)}.`);
  }
  return validateModel(model as Model);
}

/** The hub configuration of fixture options; `configDir` is where a relative golden path starts. */
export function hubConfig(values: DataOptions, configDir: string): HubConfig {
  try {
    const model = checkModel(values.hubModel);
    const { hubModel: _model, golden: _golden, goldenMode: _mode, ...hubOptions } = values;
    const options = resolveOptions(hubOptions, model.schoolParam);
    let golden: HubConfig['golden'];
    if (values.golden !== undefined) {
      if (typeof values.golden !== 'string' || values.golden === '') {
        throw optionError(`Failed to configure the hub: golden must be the path of a golden file, got ${JSON.stringify(values.golden)}.`);
      }
      if (values.goldenMode !== undefined && !(values.goldenMode in GOLDEN_MODES)) {
        throw optionError(`Failed to configure the hub: goldenMode must be one of ${Object.keys(GOLDEN_MODES).join(', ')}, got ${JSON.stringify(values.goldenMode)}.`);
      }
      // Like Playwright's own testDir: relative to the config file, never to the current directory.
      const file = isAbsolute(values.golden) ? values.golden : resolve(configDir, values.golden);
      golden = { file, shownAs: relative(process.cwd(), file) || file, mode: values.goldenMode };
    }
    const key = JSON.stringify([options, modelId(model), golden?.file ?? null, golden?.mode ?? null]);
    return { key, options, model, ...(golden ? { golden } : {}) };
  } catch (error) {
    throw oneLine(error);
  }
}

/** Checks the options of how a test reaches the hub. */
export function checkTransport(transport: unknown, origin: unknown): { transport: HubTransport; origin: string } {
  if (!TRANSPORTS.includes(transport as HubTransport)) {
    throw optionError(`Failed to configure the hub: hubTransport must be 'server' or 'route', got ${JSON.stringify(transport)}.`);
  }
  let url: URL | undefined;
  try {
    url = new URL(String(origin));
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw optionError(`Failed to configure the hub: hubOrigin must be an http or https origin such as 'http://seedhub.test', got ${JSON.stringify(origin)}.`);
  }
  return { transport: transport as HubTransport, origin: url.origin };
}
