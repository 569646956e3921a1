import type { IncomingMessage, ServerResponse } from 'node:http';
import { Reason } from '@sild/contracts';
import { replyJson } from '@sild/examples-population';

/** HTTP status of a refusal. */
export function httpStatusOf(reason: Reason): number {
  switch (reason) {
    case Reason.REASON_INVALID_ARGUMENT:
      return 422;
    case Reason.REASON_NOT_FOUND:
      return 404;
    case Reason.REASON_ALREADY_EXISTS:
    case Reason.REASON_FAILED_PRECONDITION:
      return 409;
    case Reason.REASON_ACCESS_DENIED:
      return 401;
    case Reason.REASON_TOO_LARGE:
      return 413;
    default:
      return 500;
  }
}

export const header = (request: IncomingMessage, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** A refusal: `{"reason": "REASON_...", "message": "..."}` with the reason's status. */
export function refuse(
  response: ServerResponse,
  reason: Reason,
  message: string,
  status = httpStatusOf(reason),
): void {
  replyJson(response, status, { reason: Reason[reason], message });
}
