import {
  clientKey,
  denied,
  invalid,
  precondition,
  type EventType,
  type Subscription,
} from '@sild/registry-config';

/**
 * The owner of the event type approves or rejects a requested subscription; the owner or the
 * subscriber may revoke a requested or approved one.
 */
export function assertMayDecide(
  subscription: Subscription,
  eventType: EventType,
  decision: Subscription['status'],
  decidedBy: Subscription['subscriber'],
): void {
  const isOwner = clientKey(decidedBy) === clientKey(eventType.owner);
  const isSubscriber = clientKey(decidedBy) === clientKey(subscription.subscriber);
  switch (decision) {
    case 'APPROVED':
    case 'REJECTED':
      if (!isOwner) throw deniedDecision(decidedBy, eventType);
      if (subscription.status !== 'REQUESTED') {
        throw precondition(
          `subscription ${subscription.id} is ${subscription.status}, only REQUESTED can be ${decision}`,
        );
      }
      return;
    case 'REVOKED':
      if (!isOwner && !isSubscriber) throw deniedDecision(decidedBy, eventType);
      if (subscription.status !== 'APPROVED' && subscription.status !== 'REQUESTED') {
        throw precondition(`subscription ${subscription.id} is ${subscription.status}, it cannot be revoked`);
      }
      return;
    case 'REQUESTED':
      throw invalid('decision', 'must be APPROVED, REJECTED or REVOKED');
  }
}

const deniedDecision = (who: Subscription['subscriber'], eventType: EventType) =>
  denied(
    `${clientKey(who)} does not own event type ${eventType.name} (owner: ${clientKey(eventType.owner)})`,
  );
