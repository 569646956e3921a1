import type { Command } from 'commander';
import { clientObject } from '@sild/registry-config';
import { action } from '../context';
import { parseEventType, parseSubsystem } from '../identifiers';
import { rowOf } from '../present';
import { subscriptionReplayCommand } from './subscription-replay.command';

const DECISIONS = { approve: 'APPROVED', reject: 'REJECTED', revoke: 'REVOKED' } as const;

/** subscription request|approve|reject|revoke|replay */
export function subscriptionCommands(program: Command, env: NodeJS.ProcessEnv): void {
  const subscription = program.command('subscription').description('who receives which event type');
  subscription
    .command('request')
    .description("record a subscriber's request for an event type")
    .requiredOption('--subscriber <subsystem>', 'the subscribing subsystem')
    .requiredOption('--event-type <name>', 'the event type')
    .requiredOption('--purpose <text>', 'why the subscriber needs the events')
    .option(
      '--filter <json>',
      'CloudEvents Subscriptions API filter over header attributes, e.g. {"exact":{"municipality":"0363"}}',
    )
    .option('--include-followed', 'also receive events about the subjects the subscriber follows', false)
    .action(
      action<{
        subscriber: string;
        eventType: string;
        purpose: string;
        filter?: string;
        includeFollowed: boolean;
      }>(async (ctx, { opts }) => {
        const result = await ctx.registry().call('RequestSubscription', {
          subscriber: clientObject(parseSubsystem(opts.subscriber)),
          eventType: parseEventType(opts.eventType),
          purpose: opts.purpose,
          filterJson: opts.filter ?? '',
          includeFollowed: opts.includeFollowed,
        });
        ctx.out.record(rowOf.subscription(result));
      }),
    );
  for (const [verb, decision] of Object.entries(DECISIONS)) {
    subscription
      .command(`${verb} <id>`)
      .description(
        `${verb} a subscription (as the event type's owner${verb === 'revoke' ? ' or the subscriber' : ''})`,
      )
      .requiredOption('--by <subsystem>', 'who decides')
      .option('--reason <text>', 'reason recorded with the decision', '')
      .option(
        '--bound <json>',
        'with approve: the filter the subscription may not go beyond, e.g. {"exact":{"municipality":"0363"}}',
        '',
      )
      .action(
        action<{ by: string; reason: string; bound: string }>(async (ctx, { args: [id = ''], opts }) => {
          const result = await ctx.registry().call('DecideSubscription', {
            id,
            decision: `SUBSCRIPTION_STATUS_${decision}`,
            decidedBy: clientObject(parseSubsystem(opts.by)),
            reason: opts.reason,
            approvedFilterJson: opts.bound,
          });
          ctx.out.record(rowOf.subscription(result));
        }),
      );
  }
  subscriptionReplayCommand(subscription, env);
}
