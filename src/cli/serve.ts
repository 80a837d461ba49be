// `seedhub serve`: the sandbox on its own, until SIGINT or SIGTERM. What only some runs
// need (a golden, an OpenAPI document, faults) is imported when asked for, so the plain
// hub answers its first request sooner (specs/cli/startup.spec.ts).
import { GoldenError } from '../errors.ts';
import { createDataset, type Dataset } from '../generate/dataset.ts';
import { createCore } from '../hub/core.ts';
import { createHandler } from '../hub/pipeline.ts';
import type { FaultOptions } from '../hub/scenario-options.ts';
import type { Handle } from '../hub/types.ts';
import { HubServer } from '../transports/server.ts';
import { HUB_FLAGS, hubOptions, readFlags, UsageError, wholeNumber } from './args.ts';
import type { Io } from './io.ts';
import { OPENAPI_FLAG, openApiModel } from './model.ts';

export const DEFAULT_PORT = 4010;

export async function serve(args: string[], io: Io): Promise<number> {
  const values = readFlags(args, { ...HUB_FLAGS, ...OPENAPI_FLAG, port: { type: 'string' }, host: { type: 'string' }, golden: { type: 'string' }, faults: { type: 'string' }, bearer: { type: 'string' }, 'no-security': { type: 'boolean' } });
  const port = wholeNumber('port', values.port) ?? DEFAULT_PORT;
  if (port > 65_535) throw new UsageError(`Failed to read --port: ${port} is above 65535.`);
  let dataset: Dataset;
  if (values.golden !== undefined) {
    // A golden file fixes its own options: a hub option beside it would be silently ignored.
    const clash = [...Object.keys(HUB_FLAGS), 'openapi'].find((flag) => flag in values && values[flag as keyof typeof values] !== undefined);
    if (clash) throw new UsageError(`Failed to serve --golden ${values.golden}: --${clash} cannot be combined with it; the golden file fixes the hub options.`);
    try {
      const { datasetFromGolden } = await import('../golden/replay.ts');
      dataset = await datasetFromGolden(values.golden);
    } catch (error) {
      if (!(error instanceof GoldenError)) throw error;
      io.error(error.message);
      return 2;
    }
  } else {
    const model = values.openapi === undefined ? undefined : (await openApiModel(values.openapi, io)).model;
    dataset = createDataset(hubOptions(values, io.error), model);
  }
  const host = values.host ?? '127.0.0.1';
  if (!isLoopback(host)) io.error(`[seedhub] Warning: binding ${host}, so other machines can reach the hub, and any web page may read it (CORS allows every origin). Use --host 127.0.0.1 to keep it to this machine.`);
  // Listening for signals before saying "listening", so a signal sent on seeing it is never missed.
  const signalled = io.waitForSignal();
  const handler = await scenarioOf(dataset, values.faults, values.bearer, values['no-security'] === true, io);
  let server: HubServer;
  try {
    server = await HubServer.start(handler, { port, host });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EADDRINUSE' ? `port ${port} is in use. Use --port 0 for a free port` : (error as Error).message;
    io.error(`[seedhub] Failed to start the server: ${reason}.`);
    return 1;
  }
  io.out(`seedhub listening on ${server.url}`);
  io.out(`schools: ${dataset.schools.map((s) => s.centreCode).join(', ')} (seed "${dataset.options.seed}")`);
  const reason = await Promise.race([signalled, parentExited()]);
  // A second signal while draining closes what is left at once.
  void io.waitForSignal().then(() => server.shutdown(0));
  const forced = await server.shutdown(SHUTDOWN_MS);
  io.out(`seedhub stopped (${reason})${forced > 0 ? `: ${forced} connections were still open after ${SHUTDOWN_MS / 1000} s and were closed` : ''}`);
  return 0;
}

/**
 * The hub's handler, with `--faults` and `--bearer` in front when given:
 * `--faults '{"rate":0.2,"latencyMs":{"median":80,"p99":400}}'` (or `--faults 0.2`, a rate),
 * `--bearer TOKEN` (every school) or `--bearer 4650:token-a,*:admin`; `--no-security` lets
 * every request past the security a document declares.
 */
async function scenarioOf(dataset: Dataset, faults: string | undefined, bearer: string | undefined, open: boolean, io: Io): Promise<Handle> {
  if (faults === undefined && bearer === undefined && !open) return createHandler(dataset);
  const { Session } = await import('../hub/session.ts');
  const scenario = new Session(createCore(dataset));
  if (open) {
    scenario.security(false);
    io.out('security: off (--no-security): the document\'s declared security is not checked');
  }
  if (faults !== undefined) {
    let options: unknown;
    try {
      options = /^\s*[\d.]+\s*$/.test(faults) ? { rate: Number(faults) } : JSON.parse(faults);
    } catch {
      throw new UsageError(`Failed to read --faults: ${JSON.stringify(faults)} is neither a rate (0.2) nor JSON ('{"rate":0.2,"latencyMs":80}').`);
    }
    scenario.faults(options as FaultOptions);
    io.out(`faults: ${JSON.stringify(options)} (seed "${(options as FaultOptions).seed ?? dataset.options.seed}")`);
  }
  if (bearer !== undefined) {
    const pairs = bearer.includes(':') ? bearer.split(',').map((pair) => pair.split(':')) : undefined;
    if (pairs?.some((pair) => pair.length !== 2 || !pair[0] || !pair[1])) throw new UsageError(`Failed to read --bearer: "${bearer}" is neither a token nor centre:token pairs (4650:token-a,*:admin).`);
    scenario.auth({ bearer: pairs ? Object.fromEntries(pairs) : bearer });
    io.out(`auth: a bearer token is required${pairs ? ` (per school: ${pairs.map(([code]) => code).join(', ')})` : ''}`);
  }
  return scenario.handlerFor('server');
}

/** Whether an address to bind is this machine's alone: 127.0.0.0/8, ::1 or localhost. */
export function isLoopback(host: string): boolean {
  return /^(127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost|::ffff:127\.\d+\.\d+\.\d+)$/i.test(host);
}

/** How long a stopping server waits for the requests in flight. */
const SHUTDOWN_MS = 5_000;

/**
 * Started by npm (`npm start`, `npx seedhub serve`): resolves when the process that started
 * it is gone, so the server never outlives it, whatever signal npm did or did not pass on.
 */
function parentExited(): Promise<string> {
  if (!process.env.npm_command && !process.env.npm_lifecycle_event) return new Promise(() => {});
  const parent = process.ppid;
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (process.ppid !== parent) {
        clearInterval(timer);
        resolve('the npm process that started it exited');
      }
    }, 500);
    timer.unref();
  });
}
