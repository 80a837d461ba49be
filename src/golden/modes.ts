// Golden modes, as nock back names them: what to do with a golden file that exists, and
// with one that is missing. `SEEDHUB_GOLDEN` overrides the mode a caller asks for.
import { GoldenError } from '../errors.ts';
import { GoldenDriftError } from './drift-error.ts';
import { createDataset, type Dataset } from '../generate/dataset.ts';
import { qteachers } from '../model/qteachers/index.ts';
import type { Model } from '../model/types.ts';
import { resolveOptions, type HubOptions } from '../options.ts';
import { rerecordHint } from './rerecord.ts';
import { parseGolden } from './parse.ts';
import { recordGolden } from './record.ts';
import { renderDrift } from './render.ts';
import { replayGolden } from './replay.ts';
import { fileStore, type GoldenStore } from './store.ts';
import { compareGolden, regenerate } from './verify.ts';

export type GoldenMode = 'replay' | 'record' | 'update' | 'verify' | 'lockdown';

interface Steps {
  /** With the file there: replay it, verify it against the generator and replay it, or rewrite it. */
  existing: 'replay' | 'verify' | 'rewrite';
  /** With no file: record it, or fail. */
  missing: 'record' | 'fail';
}

export const GOLDEN_MODES: Readonly<Record<GoldenMode, Steps>> = {
  // Use the file; record it when it is missing (never on CI, see below).
  replay: { existing: 'replay', missing: 'record' },
  // Record what is missing, replay what is there.
  record: { existing: 'replay', missing: 'record' },
  // Rewrite every golden from today's generator.
  update: { existing: 'rewrite', missing: 'record' },
  // Compare with today's generator; throw GoldenDriftError with the readable diff on drift.
  verify: { existing: 'verify', missing: 'fail' },
  // Replay only; a missing golden is an error (for CI).
  lockdown: { existing: 'replay', missing: 'fail' },
};

export const DEFAULT_GOLDEN_MODE: GoldenMode = 'replay';

export interface GoldenDatasetOptions {
  /** The golden file, e.g. `fixtures/golden/default.json`. */
  file: string;
  /** What to do; `SEEDHUB_GOLDEN` overrides it; default `replay`. */
  mode?: GoldenMode;
  /** Hub options to record with. When the file exists and these are given, they must match its manifest. */
  options?: HubOptions;
  /** The model to record and verify with (default QTeachers). */
  model?: Model;
  store?: GoldenStore;
  /** Where `SEEDHUB_GOLDEN` and `CI` are read (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The file as the user should see it in messages (default `file`). */
  shownAs?: string;
}

const onCI = (env: Readonly<Record<string, string | undefined>>) => Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';

function modeFrom(value: string, source: string): GoldenMode {
  if (value in GOLDEN_MODES) return value as GoldenMode;
  throw new GoldenError(`Failed to choose a golden mode: ${source} is "${value}". Use one of ${Object.keys(GOLDEN_MODES).join(', ')}.`);
}

/** The steps for a call: the mode asked for, or the environment's override. */
export function goldenSteps(mode: GoldenMode | undefined, env: Readonly<Record<string, string | undefined>> = process.env): Steps & { mode: GoldenMode } {
  const fromEnv = env.SEEDHUB_GOLDEN ? modeFrom(env.SEEDHUB_GOLDEN, 'SEEDHUB_GOLDEN') : undefined;
  const chosen = fromEnv ?? (mode === undefined ? DEFAULT_GOLDEN_MODE : modeFrom(mode, 'the golden mode'));
  return { ...GOLDEN_MODES[chosen], mode: chosen };
}

/** What to tell a user whose golden is missing, or may not be written here. */
function howToRecord(file: string, options: HubOptions | undefined, model: Model): string {
  const hint = rerecordHint(file, resolveOptions(options, model.schoolParam), model);
  return hint.startsWith('npx ') ? `Record it locally and commit it: ${hint}` : `Record it where CI is not set, and commit it: ${hint}.`;
}

function optionsMismatch(file: string, golden: Dataset, options: HubOptions): void {
  const wanted = resolveOptions(options);
  const differ = (Object.keys(wanted) as (keyof typeof wanted)[]).filter((k) => JSON.stringify(wanted[k]) !== JSON.stringify(golden.options[k]));
  if (differ.length === 0) return;
  const [key] = differ as [keyof typeof wanted];
  throw new GoldenError(
    `Failed to use golden ${file}: it was recorded with ${key} ${JSON.stringify(golden.options[key])}, not ${JSON.stringify(wanted[key])}${differ.length > 1 ? ` (and ${differ.slice(1).join(', ')} differ)` : ''}. Re-record it with SEEDHUB_GOLDEN=update, or use its options.`,
  );
}

/**
 * The dataset a golden file gives, under a mode: the one function a Playwright fixture calls.
 * @example const dataset = await goldenDataset({ file: 'fixtures/golden/default.json', options: { schools: 4 } })
 */
export async function goldenDataset({ file, mode, options, model = qteachers, store = fileStore, env = process.env, shownAs = file }: GoldenDatasetOptions): Promise<Dataset> {
  const steps = goldenSteps(mode, env);
  const text = await store.read(file);
  let write = text === null ? steps.missing === 'record' : steps.existing === 'rewrite';
  const recording = write ? recordGolden(createDataset(options ?? {}, model)) : undefined;
  // A rewrite that would write the same bytes writes nothing, on CI or off it.
  if (write && recording === text) write = false;
  // On CI no mode writes a file: a golden that is missing or stale there is an error to
  // fix in a commit, not a recording that vanishes with the CI machine (vitest treats
  // snapshots the same way).
  if (write && onCI(env)) {
    const why = text === null ? 'there is no such file' : `mode "${steps.mode}" would rewrite it with other data`;
    throw new GoldenError(`Failed to use golden ${shownAs}: ${why}, and goldens are never written on CI. ${howToRecord(shownAs, options, model)}`);
  }
  if (text === null && steps.missing === 'fail') {
    throw new GoldenError(`Failed to read golden ${shownAs}: there is no such file, and mode "${steps.mode}" does not record one. ${howToRecord(shownAs, options, model)}`);
  }
  if (write) {
    await store.write(file, recording!);
    return replayGolden(parseGolden(recording!, shownAs));
  }
  const golden = parseGolden(text!, shownAs);
  const dataset = replayGolden(golden);
  if (options) optionsMismatch(shownAs, dataset, options);
  if (steps.existing === 'verify') {
    const report = compareGolden(golden, regenerate(golden, model));
    if (!report.clean) throw new GoldenDriftError(renderDrift(report).replace(/^seedhub /, ''), report);
  }
  return dataset;
}
