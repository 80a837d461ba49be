// The errors a user can act on. Each names the bad value and says what would be right.
import type { DriftReport } from './golden/types.ts';

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

/** A golden file that cannot be used: missing, truncated, tampered with or failing its checksums. */
export class GoldenError extends Error {
  override name = 'GoldenError';
  constructor(message: string) {
    super(`[seedhub] ${message}`);
  }
}

/** A golden file whose data today's generator no longer makes; `report` says where. */
export class GoldenDriftError extends Error {
  override name = 'GoldenDriftError';
  constructor(message: string, readonly report: DriftReport) {
    super(`[seedhub] ${message}`);
  }
}

/** An OpenAPI document seedhub cannot make a hub from: the message names the JSON pointer. */
export class OpenApiError extends Error {
  override name = 'OpenApiError';
  constructor(message: string) {
    super(`[seedhub] ${message}`);
  }
}
