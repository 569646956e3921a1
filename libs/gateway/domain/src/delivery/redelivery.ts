import type { InboundEvent } from './delivery.model';
import type { SubscriptionDelivery } from './subscription-delivery.service';

/** A subscription's dead letters not re-driven yet (its dead-letter topic and redrive mark). */
export interface DeadLetterQueue {
  /**
   * Hands the pending dead letters (after the redrive mark, up to the end at the call) to `visit`
   * oldest first, and moves the mark past each one `visit` resolved true for, up to the first
   * false (that one and those after it stay pending). Resolves with how many were pending.
   */
  drain(visit: (letter: InboundEvent) => Promise<boolean>, signal: AbortSignal): Promise<number>;
}

/** A subscription's topic, read again from a point in time. */
export interface SubscriptionLog {
  /**
   * Hands every event written at or after `fromMs`, up to the end at the call, to `visit`, one
   * at a time in each partition's order (so one subject's events stay in order).
   */
  readFrom(fromMs: number, visit: (event: InboundEvent) => Promise<void>, signal: AbortSignal): Promise<void>;
}

/**
 * Delivers the pending dead letters again, oldest first. Delivered and refused ones leave the
 * pending ones, permanently refused deliveries go back to the dead letters; at the first one
 * whose retry budget runs out (the subscriber system is still down) the redrive stops, and it
 * and the rest stay pending. `failed` counts every pending dead letter not delivered.
 */
export async function redrive(
  queue: DeadLetterQueue,
  delivery: SubscriptionDelivery,
  signal: AbortSignal,
): Promise<{ delivered: number; failed: number }> {
  let delivered = 0;
  const pending = await queue.drain(async (letter) => {
    const result = await delivery.redeliver(letter, signal);
    if (result === 'delivered') delivered++;
    return result !== 'failed';
  }, signal);
  return { delivered, failed: pending - delivered };
}

/**
 * Delivers a subscription's events again from a point in time, marked as redeliveries, without
 * touching the live consumer's position. Events that fail go to the dead letters.
 */
export async function replay(
  log: SubscriptionLog,
  delivery: SubscriptionDelivery,
  fromMs: number,
  signal: AbortSignal,
): Promise<{ delivered: number; deadLettered: number; refused: number }> {
  const counts = { delivered: 0, deadLettered: 0, refused: 0 };
  await log.readFrom(
    fromMs,
    async (event) => {
      const result = await delivery.handle(event, signal, true);
      if (result === 'delivered') counts.delivered++;
      else if (result === 'dead_lettered') counts.deadLettered++;
      else counts.refused++;
    },
    signal,
  );
  return counts;
}
