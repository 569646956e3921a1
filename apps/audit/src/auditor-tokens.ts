import { createHash, timingSafeEqual } from 'node:crypto';
import { AuditErrorCode, auditError, type Principal } from '@sild/audit-domain';
import type { AuditorToken } from './audit-settings';

const digest = (token: string): Buffer => createHash('sha256').update(token).digest();

/**
 * Who may query: the operator (GRPC_AUTH_TOKEN, principal `operator`) and named auditors
 * (AUDIT_AUDITOR_TOKENS). Tokens are kept as SHA-256 digests. With no token configured the API
 * is open and callers are `anonymous` (the start-up log warns).
 */
export class AuditorTokens {
  private readonly known: { name: string; digest: Buffer }[];

  constructor(operatorToken: string, auditors: readonly AuditorToken[]) {
    this.known = [
      ...(operatorToken ? [{ name: 'operator', digest: digest(operatorToken) }] : []),
      ...auditors.map(({ name, token }) => ({ name, digest: digest(token) })),
    ];
  }

  get open(): boolean {
    return this.known.length === 0;
  }

  /** The caller of an `authorization: Bearer <token>` header; UNAUTHENTICATED otherwise. */
  principalOf(authorization: string | undefined): Principal {
    if (this.open) return { name: 'anonymous' };
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    const presented = token === undefined ? undefined : digest(token);
    const match = presented && this.known.find((known) => timingSafeEqual(known.digest, presented));
    if (!match) throw auditError(AuditErrorCode.UNAUTHENTICATED, 'an auditor token is required');
    return { name: match.name };
  }
}
