// `seedhub serve`: the sandbox on its own, until SIGINT or SIGTERM.
import { GoldenError } from '../errors.ts';
import { createDataset, type Dataset } from '../generate/dataset.ts';
import { datasetFromGolden } from '../golden/replay.ts';
import { createHandler } from '../hub/handle.ts';
import { HubServer } from '../transports/server.ts';
import { HUB_FLAGS, hubOptions, readFlags, UsageError, wholeNumber } from './args.ts';
import type { Io } from './io.ts';
import { OPENAPI_FLAG, openApiModel } from './model.ts';

export const DEFAULT_PORT = 4010;

export async function serve(args: string[], io: Io): Promise<number> {
  const values = readFlags(args, { ...HUB_FLAGS, ...OPENAPI_FLAG, port: { type: 'string' }, host: { type: 'string' }, golden: { type: 'string' } });
  const port = wholeNumber('port', values.port) ?? DEFAULT_PORT;
  if (port > 65_535) throw new UsageError(`Failed to read --port: ${port} is above 65535.`);
  let dataset: Dataset;
  if (values.golden !== undefined) {
    // A golden file fixes its own options: a hub option beside it would be silently ignored.
    const clash = [...Object.keys(HUB_FLAGS), 'openapi'].find((flag) => flag in values);
    if (clash) throw new UsageError(`Failed to serve --golden ${values.golden}: --${clash} cannot be combined with it; the golden file fixes the hub options.`);
    try {
      dataset = await datasetFromGolden(values.golden);
    } catch (error) {
      if (!(error instanceof GoldenError)) throw error;
      io.error(error.message);
      return 2;
    }
  } else {
    const model = values.openapi === undefined ? undefined : (await openApiModel(values.openapi, io)).model;
    dataset = createDataset(hubOptions(values), model);
  }
  let server: HubServer;
  try {
    server = await HubServer.start(createHandler(dataset), { port, host: values.host ?? '127.0.0.1' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EADDRINUSE' ? `port ${port} is in use. Use --port 0 for a free port` : (error as Error).message;
    io.error(`[seedhub] Failed to start the server: ${reason}.`);
    return 1;
  }
  io.out(`seedhub listening on ${server.url}`);
  io.out(`schools: ${dataset.schools.map((s) => s.centreCode).join(', ')} (seed "${dataset.options.seed}")`);
  const signal = await io.waitForSignal();
  await server.close();
  io.out(`seedhub stopped (${signal})`);
  return 0;
}
