// What a Playwright worker keeps for its whole life: one hub per distinct configuration
// (dataset, handler, and what reproduces it), and one HTTP server, started on first use.
// Tests with equal options share a hub; each test gets a door (port) of its own on the server.
import { randomBytes } from 'node:crypto';
import type { Dataset } from '../generate/dataset.ts';
import { createDataset } from '../generate/dataset.ts';
import { goldenDataset } from '../golden/modes.ts';
import { createCore, type Core } from '../hub/core.ts';
import { Namespaces } from '../hub/namespaces.ts';
import { dataVersions } from '../generate/versions.ts';
import { HubServer } from '../transports/server.ts';
import type { HubConfig } from './config.ts';
import { serveCommand } from './serve-command.ts';

/** A hub of one configuration, shared by the tests of a worker that use it. */
export interface ConfiguredHub {
  dataset: Dataset;
  /** The core answer, with the cache the configuration's tests share. */
  core: Core;
  /** What reproduces this hub, worked out once. */
  versions: Record<string, string>;
  serveCommand: string;
}

export interface WorkerServer {
  server: HubServer;
  namespaces: Namespaces;
}

export class WorkerHubs {
  private readonly hubs = new Map<string, Promise<ConfiguredHub>>();
  /**
   * This worker's secret, in every namespace its tests get: another worker (which can work
   * out any test's ID) cannot name this worker's tests on its server. Random on purpose: it
   * shapes no data, only who may reach it.
   */
  readonly secret = randomBytes(12).toString('base64url');
  private started: Promise<WorkerServer> | undefined;

  /** How many hubs this worker has built: one per distinct configuration. */
  get size(): number {
    return this.hubs.size;
  }

  /** The hub of a configuration, built on first use; a failure is not kept, so a later test may try again. */
  hubFor(config: HubConfig): Promise<ConfiguredHub> {
    let hub = this.hubs.get(config.key);
    if (!hub) {
      hub = build(config);
      this.hubs.set(config.key, hub);
      hub.catch(() => this.hubs.delete(config.key));
    }
    return hub;
  }

  /** The worker's server, started on first call. */
  server(): Promise<WorkerServer> {
    return (this.started ??= (async () => {
      const namespaces = new Namespaces();
      return { server: await HubServer.start(namespaces.handle), namespaces };
    })());
  }

  async close(): Promise<void> {
    if (this.started) await (await this.started).server.close();
  }
}

async function build(config: HubConfig): Promise<ConfiguredHub> {
  const { options, model, golden } = config;
  const dataset = golden
    ? await goldenDataset({ file: golden.file, shownAs: golden.shownAs, mode: golden.mode, model, options })
    : createDataset(options, model);
  return { dataset, core: createCore(dataset), versions: dataVersions(), serveCommand: serveCommand(dataset.options) };
}
