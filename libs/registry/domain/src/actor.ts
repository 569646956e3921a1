import { clientKey, denied, sameMember, type ClientRef } from '@sild/registry-config';

/**
 * Who asks for a change: the instance operator (Registry gRPC API, `sild` CLI) or a member,
 * authenticated by the signature on its MANAGEMENT envelope.
 */
export type Actor =
  | { readonly kind: 'operator' }
  | {
      readonly kind: 'member';
      readonly member: ClientRef;
      /** The signed MANAGEMENT request the change comes from: recorded with it, applied once. */
      readonly request?: { readonly messageId: string; readonly action: string };
    };

export const OPERATOR: Actor = { kind: 'operator' };

export const actorText = (actor: Actor): string =>
  actor.kind === 'operator' ? 'the operator' : clientKey({ ...actor.member, subsystem: '' });

/** Throws PERMISSION_DENIED unless the actor is the operator or the member that owns `owner`. */
export function requireOwner(actor: Actor, owner: ClientRef, what: string): void {
  if (actor.kind === 'operator' || sameMember(actor.member, owner)) return;
  throw denied(
    `${actorText(actor)} may not ${what}: it belongs to ${clientKey({ ...owner, subsystem: '' })}`,
  );
}

export function requireOperator(actor: Actor, what: string): void {
  if (actor.kind !== 'operator') throw denied(`only the operator may ${what}`);
}
