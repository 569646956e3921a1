import type { Command } from 'commander';
import { action } from '../context';
import {
  callEvents,
  subscriptionOptions,
  subscriptionRequest,
  type SubscriptionCommandOptions,
} from '../gateway-events';
import { parseTime } from '../identifiers';

/** A replay delivers every event since the time (with retries): it may take a while. */
const REPLAY_WAIT_MS = 30 * 60_000;

/** subscription replay: deliver a subscription's events again from a point in time. */
export function subscriptionReplayCommand(subscription: Command, env: NodeJS.ProcessEnv): void {
  subscriptionOptions(
    subscription
      .command('replay')
      .description(
        "deliver the subscription's events again from a point in time (within retention), through your gateway",
      ),
    env,
  )
    .requiredOption('--from <time>', 'ISO 8601 time, e.g. 2026-03-01T12:00:00Z: events routed at or after it')
    .action(
      action<SubscriptionCommandOptions & { from: string }>(async (ctx, { opts }) => {
        const answer = await callEvents<{ delivered: string; deadLettered: string }>(
          ctx,
          opts,
          env,
          'Replay',
          { ...subscriptionRequest(opts), from: parseTime(opts.from) },
          REPLAY_WAIT_MS,
        );
        ctx.out.record({ delivered: Number(answer.delivered), deadLettered: Number(answer.deadLettered) });
      }),
    );
}
