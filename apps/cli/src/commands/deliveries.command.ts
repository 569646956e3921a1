import { InvalidArgumentError, type Command } from 'commander';
import { action } from '../context';
import {
  callEvents,
  subscriptionOptions,
  subscriptionRequest,
  type SubscriptionCommandOptions,
} from '../gateway-events';

/** A redrive delivers every pending dead letter (with retries): it may take a while. */
const REDRIVE_WAIT_MS = 30 * 60_000;
const LIST_WAIT_MS = 60_000;

interface DeadLetterObject {
  messageId: string;
  eventType: string;
  subjectKey: string;
  subjectSequence: string;
  error?: { reason?: string; message?: string } | null;
  attempts: number;
  deadLetteredAt?: { seconds?: string; nanos?: number } | null;
}

const isoOf = (timestamp: DeadLetterObject['deadLetteredAt']): string =>
  timestamp?.seconds
    ? new Date(Number(timestamp.seconds) * 1000 + Math.floor((timestamp.nanos ?? 0) / 1e6)).toISOString()
    : '';

/** How many dead letters to list: 1 to 10,000. */
function parseLimit(text: string): number {
  const limit = Number(text);
  if (!/^\d+$/.test(text) || limit < 1 || limit > 10_000)
    throw new InvalidArgumentError(`"${text}" is not a number from 1 to 10000`);
  return limit;
}

const rowOf = (letter: DeadLetterObject) => ({
  messageId: letter.messageId,
  subjectKey: letter.subjectKey,
  sequence: Number(letter.subjectSequence),
  reason: (letter.error?.reason ?? '').replace(/^REASON_/, ''),
  attempts: letter.attempts,
  deadLetteredAt: isoOf(letter.deadLetteredAt),
  error: letter.error?.message ?? '',
});

/** deliveries dead-letters|redrive: a subscription's dead letters at the organisation's gateway. */
export function deliveriesCommands(program: Command, env: NodeJS.ProcessEnv): void {
  const deliveries = program
    .command('deliveries')
    .description("a subscription's deliveries at your gateway: dead letters and redrive");
  subscriptionOptions(
    deliveries
      .command('dead-letters')
      .description(
        'list the events the subscriber system did not take (oldest first) and how many are pending',
      ),
    env,
  )
    .option('--limit <n>', 'list at most this many', '100')
    .action(
      action<SubscriptionCommandOptions & { limit: string }>(async (ctx, { opts }) => {
        const answer = await callEvents<{ deadLetters: DeadLetterObject[]; pending: string }>(
          ctx,
          opts,
          env,
          'ListDeadLetters',
          { ...subscriptionRequest(opts), limit: parseLimit(opts.limit) },
          LIST_WAIT_MS,
        );
        const rows = answer.deadLetters.map(rowOf);
        if (ctx.out.json) {
          ctx.out.record({ pending: Number(answer.pending), deadLetters: rows });
          return;
        }
        ctx.out.table(rows, [
          'messageId',
          'subjectKey',
          'sequence',
          'reason',
          'attempts',
          'deadLetteredAt',
          'error',
        ]);
        ctx.out.note(`${answer.pending} pending`);
      }),
    );
  subscriptionOptions(
    deliveries
      .command('redrive')
      .description('deliver the pending dead letters again; those that fail stay dead letters'),
    env,
  ).action(
    action<SubscriptionCommandOptions>(async (ctx, { opts }) => {
      const answer = await callEvents<{ delivered: string; failed: string }>(
        ctx,
        opts,
        env,
        'Redrive',
        subscriptionRequest(opts),
        REDRIVE_WAIT_MS,
      );
      ctx.out.record({ delivered: Number(answer.delivered), failed: Number(answer.failed) });
    }),
  );
}
