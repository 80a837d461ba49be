// Which test made a Node-side request. A test's code can go on after the test ends (a timer,
// a promise it did not await), and its late request may reach an origin the next test
// intercepts: it must not land in that test's log. When a test asks for interception
// (`hub.interceptNode`), the async context it asks from becomes the root of its work: every
// async resource created from that context while the test runs, and every resource created
// from those, belongs to the test. A request made from a resource of an ended test is late.
//
// The root itself is never marked, only what is created from it while its test runs: the
// context a test body starts in is Playwright's and is shared with later tests, so marking it
// (as AsyncLocalStorage.enterWith would) would make the next test's work look late too.
import { createHook, executionAsyncResource } from 'node:async_hooks';

/** A test that intercepts Node-side requests; `ended` once its test is over. */
export interface NodeOwner {
  readonly id: string;
  ended: boolean;
}

const OWNER = Symbol('seedhub.nodeOwner');
type Marked = { [OWNER]?: NodeOwner };

/** The contexts tests asked for interception from, while their test runs. */
const roots = new Map<object, NodeOwner>();

const hook = createHook({
  init(_id, _type, _trigger, resource) {
    const parent = executionAsyncResource() as Marked;
    const owner = parent[OWNER] ?? roots.get(parent);
    if (owner) (resource as Marked)[OWNER] = owner;
  },
});
let hooked = false;

/** Makes the calling context a root of `owner`'s work, until `endOwner`. Call it synchronously from the test's code. */
export function claimContext(owner: NodeOwner): void {
  if (owner.ended) return;
  roots.set(executionAsyncResource(), owner);
  if (!hooked) {
    hook.enable();
    hooked = true;
  }
}

/** The test whose work is running now, if it is known. */
export function currentOwner(): NodeOwner | undefined {
  const here = executionAsyncResource() as Marked;
  return here[OWNER] ?? roots.get(here);
}

/** Marks `owner` ended: what it left running is late from now on. */
export function endOwner(owner: NodeOwner): void {
  owner.ended = true;
  for (const [root, of] of roots) if (of === owner) roots.delete(root);
}

/** Stops following new work (no test intercepts any more); marks already made stay. */
export function stopFollowing(): void {
  if (!hooked) return;
  hook.disable();
  hooked = false;
}
