import { BearerTokens } from '@sild/platform-config';
import { GrpcException, GrpcStatus, type CallContext } from '@sild/platform-grpc';
import type { ApiToken } from './gateway-settings';

/** Which subsystems each API token may act as. Tokens are kept only as SHA-256 digests, compared in constant time. */
export class ApiTokens {
  private readonly tokens: BearerTokens<ReadonlySet<string>>;

  constructor(tokens: readonly ApiToken[]) {
    this.tokens = new BearerTokens(
      tokens.map(({ token, subsystems }) => ({ grant: new Set(subsystems), token })),
    );
  }

  /** The subsystems the caller's `authorization: Bearer <token>` allows; UNAUTHENTICATED otherwise. */
  subsystemsOf(context: CallContext): ReadonlySet<string> {
    const subsystems = this.tokens.grantOf(context.metadata('authorization'));
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
