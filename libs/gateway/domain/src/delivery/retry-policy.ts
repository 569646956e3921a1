import type { RetryPolicy } from './delivery.model';

/** The pause before the attempt after failed attempt `attempt` (1-based), without jitter. */
export const backoffCeilingMs = (policy: RetryPolicy, attempt: number): number =>
  Math.min(policy.maxBackoffMs, policy.initialBackoffMs * 2 ** Math.max(0, attempt - 1));

/**
 * The pause after failed attempt `attempt`: exponential from the initial backoff, capped, with
 * "equal jitter" (between half and all of the ceiling), so subscribers that failed together do
 * not all come back at once.
 */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const ceiling = backoffCeilingMs(policy, attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * How long a delivery may take before its event is dead-lettered: every attempt's timeout and
 * every pause between them. A Receive stream gets the same time to acknowledge an event.
 */
export function retryBudgetMs(policy: RetryPolicy): number {
  let total = policy.maxAttempts * policy.attemptTimeoutMs;
  for (let attempt = 1; attempt < policy.maxAttempts; attempt++) total += backoffCeilingMs(policy, attempt);
  return total;
}
