import { deliveryMetrics, type SubscriptionDelivery } from '@sild/gateway-domain';
import type { TopicAdmin } from '@sild/platform-kafka';

/**
 * Samples a subscription's lag: messages after the delivery group's committed offsets (the
 * oldest message kept where the group committed nothing), and seconds since the Kafka time of
 * the oldest event being delivered here (or of the newest one delivered) while messages wait.
 */
export async function sampleLag(
  admin: TopicAdmin,
  group: string,
  running: { readonly topic: string; readonly delivery: SubscriptionDelivery },
  now = Date.now(),
): Promise<{ messages: number; seconds: number | undefined }> {
  const [ranges, committed] = await Promise.all([
    admin.offsetRanges(running.topic),
    admin.committedOffsets(group, running.topic),
  ]);
  let messages = 0;
  for (const [partition, { low, high }] of ranges) {
    const mark = BigInt(committed.get(partition) ?? '-1');
    const from = mark > BigInt(low) ? mark : BigInt(low);
    if (BigInt(high) > from) messages += Number(BigInt(high) - from);
  }
  const subscription = running.delivery.subscriptionId;
  const { oldestPendingAt, lastDeliveredAt } = running.delivery.lagTimes();
  const since = oldestPendingAt ?? lastDeliveredAt;
  const seconds = messages === 0 ? 0 : since === undefined ? undefined : Math.max(0, now - since) / 1000;
  deliveryMetrics.lagMessages.set({ subscription }, messages);
  if (seconds !== undefined) deliveryMetrics.lagSeconds.set({ subscription }, seconds);
  return { messages, seconds };
}
