import type { ErrorCode } from '../shared/contract';

/** The HTTP status that carries each error code. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  invalid_params: 400,
  bad_input: 422,
  unknown_method: 404,
  not_found: 404,
  conflict: 409,
  closing: 503,
  // Insufficient Storage: the request was fine, the disk could not take it.
  storage: 507,
  unauthorized: 401,
  forbidden: 403,
  internal: 500,
};
