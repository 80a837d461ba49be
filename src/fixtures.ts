// seedhub's Playwright fixtures: `test.use({ schools: 4 })` and a test gets its hub.
// Options that shape the data are worker-scoped, so Playwright groups tests by hub;
// the server is one per worker, started on first use; everything a test turns on
// (its request log, routes, nock interceptors) is torn down when it ends.
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import type { HubFetch } from './consistency/http.ts';
import { createDataset, type Dataset } from './generate/dataset.ts';
import { createHandler } from './hub/handle.ts';
import type { Handle } from './hub/types.ts';
import type { CentreCode } from './options.ts';
import { qteachers } from './model/qteachers/index.ts';
import type { Model } from './model/types.ts';
import { goldenDataset, type GoldenMode } from './golden/modes.ts';
import { createHubSession, DEFAULT_HUB_ORIGIN, type Hub, type HubSession } from './playwright/hub.ts';
import { serveCommand } from './playwright/serve-command.ts';
import { dataVersions } from './generate/versions.ts';
import { Namespaces, NAMESPACE_PREFIX } from './transports/namespaces.ts';
import { routeTransport } from './transports/route.ts';
import { HubServer } from './transports/server.ts';

export type HubTransport = 'server' | 'route';

/** Options that shape the data: worker-scoped, so tests that share them share a hub. */
export interface SeedhubWorkerOptions {
  /** A count of schools, or a list of centre codes (strings: `'0220'`). */
  schools: number | CentreCode[];
  seed: string;
  studentsPerSchool: number;
  staffPerSchool: number;
  classesPerSchool: number;
  /** The data model: `qteachers`, or one made with `extendModel`. */
  hubModel: Model;
  /** A golden dataset file to serve instead of generating (see docs/golden.md); its manifest fixes the other options. */
  golden: string | undefined;
  /** What to do with the golden file; `SEEDHUB_GOLDEN` overrides it. */
  goldenMode: GoldenMode | undefined;
}

/** Options of how one test reaches the hub. */
export interface SeedhubTestOptions {
  /** How the test reaches the hub: the worker's HTTP server, or the browser's routes (no port). */
  hubTransport: HubTransport;
  /** The origin route mode answers for, e.g. the URL the app under test already calls. */
  hubOrigin: string;
}

export interface SeedhubFixtures {
  hub: Hub;
}

export interface SeedhubWorkerFixtures {
  /** The worker's hub server URL, for worker-scoped things such as an app server that calls the hub. */
  hubServerURL: string;
}

interface WorkerHub {
  dataset: Dataset;
  handle: Handle;
  /** What reproduces this hub, worked out once per worker. */
  versions: Record<string, string>;
  serveCommand: string;
  /** Starts the worker's server on first call. */
  server(): Promise<{ server: HubServer; namespaces: Namespaces }>;
}

interface PrivateFixtures {
  _hubSession: HubSession;
}

export { DEFAULT_HUB_ORIGIN };

/** GET from inside the browser context, so the request goes through its routes. */
function browserFetch(context: BrowserContext): HubFetch {
  let page: Promise<Page> | undefined;
  return async (url) => {
    page ??= context.newPage();
    const answer = await (await page).evaluate(async (target) => {
      const response = await fetch(target);
      return { status: response.status, text: await response.text() };
    }, url);
    return { status: answer.status, text: async () => answer.text };
  };
}

export type SeedhubOptions = SeedhubWorkerOptions & SeedhubTestOptions;

export const test = base.extend<SeedhubFixtures & SeedhubTestOptions & PrivateFixtures, SeedhubWorkerOptions & SeedhubWorkerFixtures & { _seedhubWorker: WorkerHub }>({
  schools: [4, { option: true, scope: 'worker' }],
  seed: ['seedhub', { option: true, scope: 'worker' }],
  studentsPerSchool: [50, { option: true, scope: 'worker' }],
  staffPerSchool: [10, { option: true, scope: 'worker' }],
  classesPerSchool: [7, { option: true, scope: 'worker' }],
  hubModel: [qteachers, { option: true, scope: 'worker' }],
  golden: [undefined, { option: true, scope: 'worker' }],
  goldenMode: [undefined, { option: true, scope: 'worker' }],
  hubTransport: ['server', { option: true }],
  hubOrigin: [DEFAULT_HUB_ORIGIN, { option: true }],

  _seedhubWorker: [
    async ({ schools, seed, studentsPerSchool, staffPerSchool, classesPerSchool, hubModel, golden, goldenMode }, use) => {
      const options = { schools, seed, studentsPerSchool, staffPerSchool, classesPerSchool };
      const dataset = golden
        ? await goldenDataset({ file: golden, mode: goldenMode, model: hubModel, options })
        : createDataset(options, hubModel);
      const handle = createHandler(dataset);
      let started: Promise<{ server: HubServer; namespaces: Namespaces }> | undefined;
      await use({
        dataset,
        handle,
        versions: dataVersions(),
        serveCommand: serveCommand(dataset.options),
        server: () =>
          (started ??= (async () => {
            const namespaces = new Namespaces(handle);
            return { server: await HubServer.start(namespaces.handle), namespaces };
          })()),
      });
      if (started) await (await started).server.close();
    },
    { scope: 'worker', timeout: 0, box: true },
  ],

  hubServerURL: [
    async ({ _seedhubWorker }, use) => {
      await use((await _seedhubWorker.server()).server.url);
    },
    { scope: 'worker' },
  ],

  _hubSession: [
    async ({ _seedhubWorker: worker, hubTransport, hubOrigin }, use, testInfo) => {
      const id = testInfo.testId.replace(/[^A-Za-z0-9_.-]/g, '-');
      const running = hubTransport === 'server' ? await worker.server() : undefined;
      const origin = running ? running.server.url : new URL(hubOrigin).origin;
      const session = createHubSession({
        dataset: worker.dataset,
        handle: worker.handle,
        baseURL: origin,
        testURL: `${origin}${NAMESPACE_PREFIX}${id}`,
        testId: id,
        versions: worker.versions,
        serveCommand: worker.serveCommand,
        transport: hubTransport,
      });
      running?.namespaces.open(id, session.handlerFor('server'));
      await use(session);
      running?.namespaces.close(id);
      await session.dispose();
      if (testInfo.status !== testInfo.expectedStatus) {
        // Evidence for the report: what reproduces this hub outside the test.
        const manifest = session.hub.manifest();
        await testInfo.attach('seedhub-manifest.json', { body: JSON.stringify(manifest, null, 2), contentType: 'application/json' });
        await testInfo.attach('seedhub-serve-command.txt', { body: `${manifest.serveCommand}\n`, contentType: 'text/plain' });
      }
    },
    { box: true },
  ],

  hub: async ({ _hubSession }, use) => {
    await use(_hubSession.hub);
  },

  // In route mode the browser's requests to the hub's origin never leave the browser.
  context: async ({ context, hubTransport, hubOrigin, _hubSession }, use) => {
    const routes = hubTransport === 'route' ? routeTransport(context, hubOrigin, _hubSession.handlerFor('route')) : undefined;
    await routes?.enable();
    if (routes) _hubSession.useBrowserFetch(browserFetch(context));
    await use(context);
    await routes?.disable();
  },
});
