import type { Reason } from '@sild/contracts';

export enum RouterErrorCode {
  /** The bytes on an event topic are not an envelope with a decodable header. */
  NOT_AN_ENVELOPE = 'NOT_AN_ENVELOPE',
  /** An envelope the router refuses to route (trust, kind, event type, owner). */
  REFUSED = 'REFUSED',
}

/**
 * Why a message was not routed or a follow indication not applied. Both codes are permanent: the
 * router records the decision (and parks an event on its topic's dead-letter topic) and goes on.
 */
export class RouterException extends Error {
  constructor(
    readonly code: RouterErrorCode,
    readonly reason: Reason,
    message: string,
  ) {
    super(message);
    this.name = 'RouterException';
  }
}
