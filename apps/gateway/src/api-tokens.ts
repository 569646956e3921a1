import { createHash } from 'node:crypto';
import { GrpcException, GrpcStatus, type CallContext } from '@sild/platform-grpc';
import type { ApiToken } from './gateway-settings';

const digest = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Which subsystems each API token may act as. Tokens are kept only as SHA-256 digests. */
export class ApiTokens {
  private readonly byDigest = new Map<string, ReadonlySet<string>>();

  constructor(tokens: readonly ApiToken[]) {
    for (const { token, subsystems } of tokens) this.byDigest.set(digest(token), new Set(subsystems));
  }

  /** The subsystems the caller's `authorization: Bearer <token>` allows; UNAUTHENTICATED otherwise. */
  subsystemsOf(context: CallContext): ReadonlySet<string> {
    const token = /^Bearer (.+)$/.exec(context.metadata('authorization') ?? '')?.[1];
    const subsystems = token === undefined ? undefined : this.byDigest.get(digest(token));
    if (!subsystems) throw new GrpcException(GrpcStatus.UNAUTHENTICATED, 'a valid API token is required');
    return subsystems;
  }

  /** PERMISSION_DENIED unless the caller may act as `subsystem`. */
  authorize(context: CallContext, subsystem: string): void {
    if (!this.subsystemsOf(context).has(subsystem)) {
      throw new GrpcException(
        GrpcStatus.PERMISSION_DENIED,
        `this API token may not act as subsystem "${subsystem}"`,
      );
    }
  }
}
