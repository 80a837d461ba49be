// Finding a browser for the specs, and setting one up when there is none, so that `npm test`
// on a fresh machine needs nothing installed by hand. In order: a Chromium on the machine
// (`$SEEDHUB_CHROMIUM`, or `chromium` on the PATH); Playwright's own, installed or downloaded;
// Debian's `chromium` through apt-get where this process may install system packages (as
// `npx playwright install --with-deps` does for Playwright's system libraries); else one line
// naming the command to run. Each candidate must launch headless before it is taken.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Flags for a headless system Chromium on a locked-down machine (no sandbox as root, no network chatter). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

const NAMES = ['chromium', 'chromium-browser'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first of `names` on the PATH, as a full path; undefined when none is. */
function onPath(names: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (executable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The path of a system Chromium: `$SEEDHUB_CHROMIUM`, or `chromium` on the PATH; undefined when none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SEEDHUB_CHROMIUM) return env.SEEDHUB_CHROMIUM;
  return onPath(NAMES, env);
}

/** What to tell the user to run when nothing could be set up. */
export const INSTALL_HINT = 'run "sudo apt-get install -y chromium" (or "npx playwright install --with-deps chromium" where its download host is reachable), or point SEEDHUB_CHROMIUM at a Chromium binary';

/** How the steps talk to the machine: replaced in the spec that walks every branch. */
export interface BrowserMachine {
  env: NodeJS.ProcessEnv;
  /** Whether Chromium launches headless with these options (`executablePath` undefined: Playwright's own). */
  launches(executablePath: string | undefined): Promise<boolean>;
  /** Runs a command to its end, output captured. */
  run(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): Pick<SpawnSyncReturns<string>, 'status' | 'stdout' | 'stderr'>;
  /** True when this process runs as root. */
  root(): boolean;
  say(line: string): void;
}

/** Where the browser came from: a path to pass as `executablePath`, or Playwright's own. */
export type BrowserFound = { kind: 'system'; path: string } | { kind: 'playwright' };

/** The last line of a command's output that says what went wrong, for a one-line report. */
function lastError(result: Pick<SpawnSyncReturns<string>, 'stdout' | 'stderr'>): string {
  const lines = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.findLast((l) => /error|fail|unable|denied|not found/i.test(l)) ?? lines.at(-1) ?? 'no output';
}

/** How to run apt-get here: directly as root, through passwordless sudo, or not at all. */
function aptRunner(machine: BrowserMachine): ((args: readonly string[]) => ReturnType<BrowserMachine['run']>) | undefined {
  if (!onPath(['apt-get'], machine.env)) return undefined;
  const env = { ...machine.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (machine.root()) return (args) => machine.run('apt-get', args, env);
  if (onPath(['sudo'], machine.env) && machine.run('sudo', ['-n', 'true']).status === 0) {
    return (args) => machine.run('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args], env);
  }
  return undefined;
}

/**
 * A Chromium the browser specs can launch, set up if need be; throws one line naming the
 * command to run when there is none and none can be installed.
 */
export async function ensureBrowser(machine: BrowserMachine): Promise<BrowserFound> {
  const given = machine.env.SEEDHUB_CHROMIUM;
  if (given) {
    // An explicit choice is never replaced by another browser behind the user's back.
    if (await machine.launches(given)) return { kind: 'system', path: given };
    throw new Error(`[seedhub] Failed to start the browser at SEEDHUB_CHROMIUM=${given}: it does not launch headless. Point SEEDHUB_CHROMIUM at a working Chromium, or unset it.`);
  }
  const system = findChromium(machine.env);
  if (system && (await machine.launches(system))) return { kind: 'system', path: system };
  if (await machine.launches(undefined)) return { kind: 'playwright' };
  machine.say('[seedhub] No Chromium found: downloading Playwright\'s ("npx playwright install chromium").');
  const download = machine.run('npx', ['playwright', 'install', 'chromium']);
  if (download.status === 0 && (await machine.launches(undefined))) return { kind: 'playwright' };
  const why = download.status === 0 ? 'it downloaded but does not launch' : lastError(download);
  const apt = aptRunner(machine);
  if (apt) {
    machine.say(`[seedhub] Playwright's download failed (${why}): installing Debian's chromium with apt-get.`);
    const updated = apt(['update', '-qq']);
    const installed = updated.status === 0 ? apt(['install', '-y', '-qq', 'chromium']) : updated;
    const path = findChromium(machine.env);
    if (installed.status === 0 && path && (await machine.launches(path))) return { kind: 'system', path };
    throw new Error(`[seedhub] Failed to install Debian's chromium (${installed.status === 0 ? 'it installed but does not launch' : lastError(installed)}): ${INSTALL_HINT}.`);
  }
  throw new Error(`[seedhub] No Chromium for the browser specs, and Playwright's download failed (${why}): ${INSTALL_HINT}.`);
}
