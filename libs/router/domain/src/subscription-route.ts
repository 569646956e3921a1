import { subscriptionTopic } from '@sild/contracts';
import {
  compileFilter,
  narrows,
  type CompiledFilter,
  type FilterAttributes,
} from '@sild/domain-subscription-filter';
import type { ClientRef, Subscription } from '@sild/registry-config';

type Matcher = CompiledFilter['matches'];

/** Whether a subscription follows a subject (verified follow indications, not ended). */
export interface FollowLookup {
  isFollowed(subscriptionId: string, subjectKey: string, now: number): boolean;
}

/** One approved subscription, compiled: where its events go and which ones it gets. */
export interface SubscriptionRoute {
  readonly subscriptionId: string;
  readonly subscriber: ClientRef;
  /** The subscription's own topic (`subscriptionTopic`). */
  readonly topic: string;
  /** `approved AND requested` over the header attributes. */
  readonly byAttributes: Matcher;
  /** With include_followed: the approved bound a followed subject's events must lie in. */
  readonly followedWithin: Matcher | undefined;
}

const NOTHING: Matcher = () => false;

/**
 * Compiles a subscription's filters once. The effective rule is
 * `approved AND (requested OR (include_followed AND followed))`. A requested filter that matches
 * everything (empty) means "everything within the bound" without include_followed, and "only the
 * followed subjects" with it. Throws SubscriptionFilterException for a filter that does not compile.
 */
export function subscriptionRoute(subscription: Subscription): SubscriptionRoute {
  const approved = compileFilter(subscription.approvedFilterJson);
  const requested = compileFilter(subscription.filterJson);
  const onlyFollowed = subscription.includeFollowed && requested.node === null;
  return {
    subscriptionId: subscription.id,
    subscriber: subscription.subscriber,
    topic: subscriptionTopic(subscription.subscriber, subscription.id),
    byAttributes: onlyFollowed ? NOTHING : narrows(approved, requested).matches,
    followedWithin: subscription.includeFollowed ? approved.matches : undefined,
  };
}

/** Whether an event with these attributes about this subject goes to the subscription. */
export function routes(
  route: SubscriptionRoute,
  attributes: FilterAttributes,
  subjectKey: string,
  follows: FollowLookup,
  now: number,
): boolean {
  if (route.byAttributes(attributes)) return true;
  return (
    route.followedWithin !== undefined &&
    follows.isFollowed(route.subscriptionId, subjectKey, now) &&
    route.followedWithin(attributes)
  );
}
