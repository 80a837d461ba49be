// seedhub's Playwright fixtures: `test.use({ schools: 4 })` and a test gets its hub.
// Every option is test-scoped, so it may be set wherever `test.use` goes (a file, a
// `describe`, the config's `use` or `projects`). The worker keeps one hub per distinct
// configuration and one server for its life; everything a test turns on (its door on the
// server, its request log, routes, Node-side interceptors) is torn down when it ends.
import { dirname } from 'node:path';
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { qteachers } from './model/qteachers/index.ts';
import { oneLine } from './errors.ts';
import { HUB_OPTIONS, type HubOptionName } from './options.ts';
import { checkTransport, hubConfig, type DataOptions, type HubTransport } from './playwright/config.ts';
import { createHubSession, DEFAULT_HUB_ORIGIN, type HeaderFetch, type Hub, type HubSession } from './playwright/hub.ts';
import type { AuthOptions } from './hub/scenario-options.ts';
import { WorkerHubs } from './playwright/worker-hubs.ts';
import { NAMESPACE_PREFIX } from './hub/namespaces.ts';
import type { Handle } from './hub/types.ts';
import { routeTransport } from './transports/route.ts';

export type { HubTransport };

/** Every option of seedhub's fixtures; all are test-scoped. */
export interface SeedhubOptions extends DataOptions {
  /** How the test reaches the hub: a port of the worker's HTTP server, or the browser's routes (no port). */
  hubTransport: HubTransport;
  /** The origin route mode answers for, e.g. the URL the app under test already calls. */
  hubOrigin: string;
  /** Bearer-token auth: `{ bearer: 'token' }`, or a token per centre code. Off by default. */
  hubAuth: AuthOptions | undefined;
}

export interface SeedhubFixtures {
  hub: Hub;
}

export interface SeedhubWorkerFixtures {
  /** The worker's hub server URL, for worker-scoped things such as an app server that calls the hub. */
  hubServerURL: string;
}

interface PrivateFixtures {
  _hubSession: HubSession;
}

interface PrivateWorkerFixtures {
  _seedhubWorker: WorkerHubs;
}

/** GET from inside the browser context, so the request goes through its routes. */
function browserFetch(context: BrowserContext): HeaderFetch {
  let page: Promise<Page> | undefined;
  return async (url, headers) => {
    page ??= context.newPage();
    const answer = await (await page).evaluate(async ([target, sent]) => {
      const response = await fetch(target, { headers: sent });
      return { status: response.status, text: await response.text() };
    }, [url, headers] as const);
    return { status: answer.status, text: async () => answer.text };
  };
}

/**
 * Every hub option of the table as a fixture option, with its default and scope. The
 * `_hubSession` fixture names each one (Playwright reads a fixture's dependencies from its
 * parameter list) and passes them on as `DataOptions`, which the compiler holds complete.
 */
const hubOptionFixtures = Object.fromEntries(
  Object.entries(HUB_OPTIONS).map(([name, row]) => [name, [row.default, { option: true, scope: (row as { scope: 'test' | 'worker' }).scope }]]),
) as unknown as { [K in HubOptionName]: [DataOptions[K], { option: true }] };

/** Playwright keeps a failing fixture's stack; seedhub's own messages need none. */
function withoutStack(error: unknown): never {
  throw oneLine(error);
}

export const test = base.extend<SeedhubFixtures & SeedhubOptions & PrivateFixtures, SeedhubWorkerFixtures & PrivateWorkerFixtures>({
  ...hubOptionFixtures,
  hubModel: [qteachers, { option: true }],
  golden: [undefined, { option: true }],
  goldenMode: [undefined, { option: true }],
  hubTransport: ['server', { option: true }],
  hubOrigin: [DEFAULT_HUB_ORIGIN, { option: true }],
  hubAuth: [undefined, { option: true }],

  _seedhubWorker: [
    async ({}, use) => {
      const hubs = new WorkerHubs();
      await use(hubs);
      await hubs.close();
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
    async ({ _seedhubWorker: worker, schools, seed, studentsPerSchool, staffPerSchool, classesPerSchool, schoolYear, schoolSizes, hubModel, golden, goldenMode, hubTransport, hubOrigin, hubAuth }, use, testInfo) => {
      const { transport, origin } = checkTransport(hubTransport, hubOrigin);
      const configDir = testInfo.config.configFile ? dirname(testInfo.config.configFile) : process.cwd();
      const values: DataOptions = { schools, seed, studentsPerSchool, staffPerSchool, classesPerSchool, schoolYear, schoolSizes, hubModel, golden, goldenMode };
      const config = hubConfig(values, configDir);
      const hub = await worker.hubFor(config).catch(withoutStack);
      // The test's namespace: its ID and the worker's secret, so no other worker can name it.
      const id = `${testInfo.testId.replace(/[^A-Za-z0-9_.-]/g, '-')}.${worker.secret}`;
      const running = transport === 'server' ? await worker.server() : undefined;
      let answer: Handle | undefined;
      // In server mode the test gets a door of its own: a port that only its requests use.
      const door = running ? await running.server.openDoor((request) => answer!(request)) : undefined;
      let session: HubSession;
      try {
        session = createHubSession({
          ...(hubAuth ? { auth: hubAuth } : {}),
          core: hub.core,
          baseURL: door ? door.url : origin,
          testURL: running ? `${running.server.url}${NAMESPACE_PREFIX}${id}` : `${origin}${NAMESPACE_PREFIX}${id}`,
          testId: id,
          versions: hub.versions,
          serveCommand: hub.serveCommand,
          transport,
        });
      } catch (error) {
        await door?.close();
        withoutStack(error);
      }
      answer = session.handlerFor('server');
      running?.namespaces.open(id, answer);
      await use(session);
      session.end();
      running?.namespaces.close(id);
      await door?.close();
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
