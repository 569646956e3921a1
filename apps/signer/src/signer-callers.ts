import { BearerTokens, type TokenEntry } from '@sild/platform-config';
import type { MemberIdentity } from '@sild/platform-crypto';
import { GrpcException, GrpcStatus, type CallContext } from '@sild/platform-grpc';

/** Who calls the Signer API: the instance operator, or a caller acting for one member. */
export type SignerCaller =
  { readonly operator: true } | { readonly operator: false; readonly member: MemberIdentity };

/**
 * The Signer API's callers by bearer token: the operator token (GRPC_AUTH_TOKEN) may do
 * everything; a member token (SIGNER_MEMBER_TOKENS) may only sign with, list and make CSRs for
 * its member's keys. Without an operator token the API is open: every caller is the operator
 * (development only).
 */
export class SignerCallers {
  private readonly tokens: BearerTokens<SignerCaller>;
  readonly open: boolean;

  constructor(operatorToken: string, memberTokens: readonly TokenEntry<MemberIdentity>[]) {
    if (memberTokens.some(({ token }) => token === operatorToken)) {
      throw new Error('a member token may not be the operator token');
    }
    this.open = operatorToken === '';
    this.tokens = new BearerTokens<SignerCaller>([
      ...(this.open ? [] : [{ grant: { operator: true } as const, token: operatorToken }]),
      ...memberTokens.map(({ grant, token }) => ({ grant: { operator: false, member: grant }, token })),
    ]);
  }

  /** The caller of `context`; UNAUTHENTICATED without a known token. */
  callerOf(context: CallContext): SignerCaller {
    if (this.open) return { operator: true };
    const caller = this.tokens.grantOf(context.metadata('authorization'));
    if (caller) return caller;
    throw new GrpcException(GrpcStatus.UNAUTHENTICATED, 'a valid bearer token is required');
  }

  /** The member a caller is limited to (undefined: the operator); throws as callerOf(). */
  memberOf(context: CallContext): MemberIdentity | undefined {
    const caller = this.callerOf(context);
    return caller.operator ? undefined : caller.member;
  }

  /** PERMISSION_DENIED unless the operator calls `what`. */
  requireOperator(context: CallContext, what: string): void {
    if (!this.callerOf(context).operator) {
      throw new GrpcException(GrpcStatus.PERMISSION_DENIED, `only the instance operator may ${what}`);
    }
  }
}
