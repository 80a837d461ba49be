// The errors a user can act on. Each names the bad value and says what would be right.
// Every message starts with `[seedhub] `, once: the prefix is added here, never twice, and
// `reasonOf` gives a message without it for another message to quote.
const PREFIX = '[seedhub] ';

const unprefixed = (message: string) => message.replace(/^(\[seedhub\] )+/, '');

/** A message without seedhub's prefix, and on one line: what another message may quote. */
export function reasonOf(error: unknown): string {
  return unprefixed(error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
}

/** The base of seedhub's errors: the prefix once, and a stack of one line (the message is the whole story). */
export class SeedhubError extends Error {
  constructor(message: string) {
    super(`${PREFIX}${unprefixed(message)}`);
    this.stack = `${new.target.name}: ${this.message}`;
  }
}

/**
 * `error` as Playwright should print it: one line, no stack from inside seedhub, when it is
 * one of seedhub's errors (or carries seedhub's prefix).
 */
export function oneLine<E>(error: E): E {
  if (error instanceof Error && error.message.startsWith(PREFIX)) error.stack = `${error.name}: ${error.message}`;
  return error;
}

/** Options that cannot make a hub: a bad seed, school list, count or page size. */
export class HubConfigError extends SeedhubError {
  override name = 'HubConfigError';
}

/** A model extension that does not fit the model it extends. */
export class ModelError extends SeedhubError {
  override name = 'ModelError';
}

/** A golden file that cannot be used: missing, truncated, tampered with or failing its checksums. */
export class GoldenError extends SeedhubError {
  override name = 'GoldenError';
}

/** An OpenAPI document seedhub cannot make a hub from: the message names the JSON pointer. */
export class OpenApiError extends SeedhubError {
  override name = 'OpenApiError';
}
