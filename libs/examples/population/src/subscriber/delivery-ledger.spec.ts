import { describe, expect, it } from 'vitest';
import { DeliveryLedger } from './delivery-ledger';
import type { SubscriberEvent } from './subscriber-event';

let ids = 0;
const event = (
  subjectKey: string,
  subjectSequence: number,
  eventType = 'renamed',
  messageId = `m-${++ids}`,
) =>
  ({
    messageId,
    eventType,
    subjectKey,
    subjectSequence,
    attributes: {},
    payload: new Uint8Array(),
    format: 'protobuf',
    redelivery: false,
  }) satisfies SubscriberEvent;

describe('DeliveryLedger', () => {
  it('knows a message id or a sequence it has applied as a duplicate', () => {
    const ledger = new DeliveryLedger();
    const first = event('s', 1);
    expect(ledger.admit(first)).toEqual({ duplicate: false, missing: 0 });
    ledger.record(first);
    expect(ledger.admit(first)).toEqual({ duplicate: true });
    // another message id (e.g. a replayed copy) with a sequence already applied
    expect(ledger.admit(event('s', 1))).toEqual({ duplicate: true });
    expect(ledger.admit(event('s', 2))).toEqual({ duplicate: false, missing: 0 });
    // sequences are per event type
    expect(ledger.admit(event('s', 1, 'relocated'))).toEqual({ duplicate: false, missing: 0 });
  });

  it('reports the events a sequence jump skipped, unless the subject was away', () => {
    const ledger = new DeliveryLedger();
    ledger.record(event('s', 3));
    expect(ledger.admit(event('s', 4))).toEqual({ duplicate: false, missing: 0 });
    expect(ledger.admit(event('s', 7))).toEqual({ duplicate: false, missing: 3 });
    ledger.interrupt('s');
    expect(ledger.admit(event('s', 7))).toEqual({ duplicate: false, missing: 0 });
    expect(ledger.admit(event('s', 2))).toEqual({ duplicate: true });
    ledger.record(event('s', 7));
    expect(ledger.admit(event('s', 9))).toEqual({ duplicate: false, missing: 1 });
  });

  it('keeps a bounded number of message ids, and the sequences of every subject', () => {
    const ledger = new DeliveryLedger(2);
    const events = [event('a', 1), event('b', 1), event('c', 1)];
    for (const e of events) ledger.record(e);
    expect(ledger.subjectCount).toBe(3);
    // the oldest id is forgotten, but its sequence still marks the copy as a duplicate
    expect(ledger.admit({ ...events[0]!, subjectKey: 'z' })).toEqual({ duplicate: false, missing: 0 });
    expect(ledger.admit({ ...events[2]!, subjectKey: 'z' })).toEqual({ duplicate: true });
    expect(ledger.admit(events[0]!)).toEqual({ duplicate: true });
  });
});
