// The error of a golden whose data today's generator no longer makes: the drift report
// rides along, so a caller can read where, entity by entity.
import { SeedhubError } from '../errors.ts';
import type { DriftReport } from './types.ts';

/** A golden file whose data today's generator no longer makes; `report` says where. */
export class GoldenDriftError extends SeedhubError {
  override name = 'GoldenDriftError';
  constructor(message: string, readonly report: DriftReport) {
    super(message);
  }
}
