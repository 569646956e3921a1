import { Reason } from '@sild/contracts';
import { peekHeader } from '@sild/domain-envelope';
import type { DeadLetter, DeadLetterSink } from '@sild/gateway-domain';
import { safeInteger } from '@sild/domain-envelope';
import {
  DEAD_LETTER_HEADERS,
  type BatchingProducer,
  type ConsumedMessage,
  type OutgoingMessage,
} from '@sild/platform-kafka';

/** Kafka headers of a delivery dead letter besides the platform's (source position, error, attempts). */
export const DELIVERY_DEAD_LETTER_HEADERS = {
  reason: 'sild-dlq-reason',
  deadLetteredAt: 'sild-dlq-at',
  subscription: 'sild-dlq-subscription',
} as const;

/** A dead letter as a record of the subscription's dead-letter topic. */
export function deadLetterRecord(letter: DeadLetter): OutgoingMessage {
  return {
    key: letter.key || null,
    value: Buffer.from(letter.value),
    headers: {
      [DEAD_LETTER_HEADERS.sourceTopic]: letter.source.topic,
      [DEAD_LETTER_HEADERS.sourcePartition]: String(letter.source.partition),
      [DEAD_LETTER_HEADERS.sourceOffset]: letter.source.offset,
      [DEAD_LETTER_HEADERS.error]: letter.error.slice(0, 1_000),
      [DEAD_LETTER_HEADERS.attempts]: String(letter.attempts),
      [DELIVERY_DEAD_LETTER_HEADERS.reason]: Reason[letter.reason] ?? 'REASON_UNSPECIFIED',
      [DELIVERY_DEAD_LETTER_HEADERS.deadLetteredAt]: new Date(letter.deadLetteredAtMs).toISOString(),
      [DELIVERY_DEAD_LETTER_HEADERS.subscription]: letter.subscriptionId,
    },
  };
}

/** What ListDeadLetters shows of one dead letter. */
export interface DeadLetterEntry {
  readonly messageId: string;
  readonly eventType: string;
  readonly subjectKey: string;
  readonly subjectSequence: number;
  readonly reason: Reason;
  readonly error: string;
  readonly attempts: number;
  readonly deadLetteredAtMs: number;
}

/** A subject sequence for display: 0 when it is not a safe integer. */
function sequenceOf(value: Parameters<typeof safeInteger>[0]): number {
  try {
    return safeInteger(value, 'subject_sequence');
  } catch {
    return 0;
  }
}

const text = (message: ConsumedMessage, name: string): string => message.headers[name]?.toString() ?? '';

/** A record of the dead-letter topic, read back (the header of the bytes unverified: for display). */
export function deadLetterEntry(message: ConsumedMessage): DeadLetterEntry {
  const header = peekHeader(message.value)?.header;
  const reason = Reason[text(message, DELIVERY_DEAD_LETTER_HEADERS.reason) as keyof typeof Reason];
  const at = Date.parse(text(message, DELIVERY_DEAD_LETTER_HEADERS.deadLetteredAt));
  const sequence = sequenceOf(header?.subjectSequence);
  return {
    messageId: header?.messageId ?? '',
    eventType: header?.eventType?.name ?? '',
    subjectKey: header?.subjectKey ?? '',
    subjectSequence: sequence,
    reason: typeof reason === 'number' ? reason : Reason.REASON_UNSPECIFIED,
    error: text(message, DEAD_LETTER_HEADERS.error),
    attempts: Number(text(message, DEAD_LETTER_HEADERS.attempts)) || 0,
    deadLetteredAtMs: Number.isNaN(at) ? message.timestamp : at,
  };
}

/** The subscription's dead-letter topic, written through the gateway's batching producer. */
export class KafkaDeadLetterSink implements DeadLetterSink {
  constructor(
    private readonly producer: BatchingProducer,
    private readonly topic: string,
  ) {}

  async park(letter: DeadLetter): Promise<void> {
    await this.producer.send(this.topic, deadLetterRecord(letter));
  }
}
