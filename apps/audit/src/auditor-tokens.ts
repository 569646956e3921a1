import { AuditErrorCode, auditError, type Principal } from '@sild/audit-domain';
import { BearerTokens } from '@sild/platform-config';
import type { AuditorToken } from './audit-settings';

/**
 * Who may query: the operator (GRPC_AUTH_TOKEN, principal `operator`) and named auditors
 * (AUDIT_AUDITOR_TOKENS). Tokens are kept as SHA-256 digests, compared in constant time. With no token configured the API
 * is open and callers are `anonymous` (the start-up log warns).
 */
export class AuditorTokens {
  private readonly tokens: BearerTokens<string>;

  constructor(operatorToken: string, auditors: readonly AuditorToken[]) {
    this.tokens = new BearerTokens([
      ...(operatorToken ? [{ grant: 'operator', token: operatorToken }] : []),
      ...auditors.map(({ name, token }) => ({ grant: name, token })),
    ]);
  }

  get open(): boolean {
    return this.tokens.size === 0;
  }

  /** The caller of an `authorization: Bearer <token>` header; UNAUTHENTICATED otherwise. */
  principalOf(authorization: string | undefined): Principal {
    if (this.open) return { name: 'anonymous' };
    const name = this.tokens.grantOf(authorization);
    if (name === undefined) throw auditError(AuditErrorCode.UNAUTHENTICATED, 'an auditor token is required');
    return { name };
  }
}
