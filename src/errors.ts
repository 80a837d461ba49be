// The errors a user can act on. Each names the bad value and says what would be right.

/** Options that cannot make a hub: a bad seed, school list, count or page size. */
export class HubConfigError extends Error {
  override name = 'HubConfigError';
  constructor(message: string) {
    super(`[seedhub] ${message}`);
  }
}

/** A model extension that does not fit the model it extends. */
export class ModelError extends Error {
  override name = 'ModelError';
  constructor(message: string) {
    super(`[seedhub] ${message}`);
  }
}
