import { createHash, timingSafeEqual } from 'node:crypto';
import type { TokenEntry } from '@sild/platform-config';
import type { MemberIdentity } from '@sild/platform-crypto';
import { GrpcException, GrpcStatus, type CallContext } from '@sild/platform-grpc';

/** Who calls the Signer API: the instance operator, or a caller acting for one member. */
export type SignerCaller =
  { readonly operator: true } | { readonly operator: false; readonly member: MemberIdentity };

const digest = (token: string): Buffer => createHash('sha256').update(token).digest();

/**
 * The Signer API's callers by bearer token: the operator token (GRPC_AUTH_TOKEN) may do
 * everything; a member token (SIGNER_MEMBER_TOKENS) may only sign with, list and make CSRs for
 * its member's keys. Tokens are kept as SHA-256 digests and compared in constant time. Without
 * an operator token the API is open: every caller is the operator (development only).
 */
export class SignerCallers {
  private readonly operator: Buffer | undefined;
  private readonly members: readonly { readonly digest: Buffer; readonly member: MemberIdentity }[];

  constructor(operatorToken: string, memberTokens: readonly TokenEntry<MemberIdentity>[]) {
    this.operator = operatorToken ? digest(operatorToken) : undefined;
    this.members = memberTokens.map(({ grant, token }) => ({ digest: digest(token), member: grant }));
    if (memberTokens.some(({ token }) => token === operatorToken)) {
      throw new Error('a member token may not be the operator token');
    }
  }

  get open(): boolean {
    return this.operator === undefined;
  }

  /** The caller of `context`; UNAUTHENTICATED without a known token. */
  callerOf(context: CallContext): SignerCaller {
    if (this.operator === undefined) return { operator: true };
    const presented = digest(/^Bearer (.+)$/.exec(context.metadata('authorization') ?? '')?.[1] ?? '');
    if (timingSafeEqual(presented, this.operator)) return { operator: true };
    const member = this.members.find((known) => timingSafeEqual(presented, known.digest))?.member;
    if (member) return { operator: false, member };
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
