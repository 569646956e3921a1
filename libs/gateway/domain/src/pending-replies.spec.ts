import { describe, expect, it } from 'vitest';
import { Reason } from '@sild/contracts';
import type { VerifiedEnvelope } from '@sild/domain-envelope';
import { failure, PendingReplies, type ReplyExpectation } from './index';

const expectation: ReplyExpectation = {
  requestHash: new Uint8Array(32).fill(1),
  provider: { instance: 'NL', memberClass: 'GOV', memberCode: '00000001' },
};
const reply = { payload: new Uint8Array([1]) } as unknown as VerifiedEnvelope;
const LONG = 60_000;

describe('PendingReplies', () => {
  it('resolves a waiting call with its answer, once', async () => {
    const pending = new PendingReplies();
    const waiting = pending.expect('m1', expectation, LONG);
    expect(pending.expectation('m1')).toBe(expectation);
    expect(pending.size).toBe(1);
    expect(pending.resolve('m1', reply)).toBe(true);
    await expect(waiting).resolves.toBe(reply);
    expect(pending.size).toBe(0);
    expect(pending.expectation('m1')).toBeUndefined();
    expect(pending.resolve('m1', reply)).toBe(false);
  });

  it('rejects a waiting call with the given error', async () => {
    const pending = new PendingReplies();
    const waiting = pending.expect('m1', expectation, LONG);
    const error = failure(Reason.REASON_PROVIDER_UNAVAILABLE, 'broker down');
    expect(pending.reject('m1', error)).toBe(true);
    await expect(waiting).rejects.toBe(error);
    expect(pending.reject('m1', error)).toBe(false);
  });

  it('rejects with TIMEOUT (retryable) when no answer comes by the deadline', async () => {
    const pending = new PendingReplies();
    const waiting = pending.expect('m1', expectation, 20);
    await expect(waiting).rejects.toMatchObject({ reason: Reason.REASON_TIMEOUT, retryable: true });
    expect(pending.size).toBe(0);
    expect(pending.resolve('m1', reply)).toBe(false);
  });

  it('rejectAll ends every wait', async () => {
    const pending = new PendingReplies();
    const waits = ['m1', 'm2', 'm3'].map((id) => pending.expect(id, expectation, LONG));
    const error = failure(Reason.REASON_TIMEOUT, 'shutting down');
    pending.rejectAll(error);
    for (const wait of waits) await expect(wait).rejects.toBe(error);
    expect(pending.size).toBe(0);
  });

  it('answers false and undefined for ids nobody waits for', () => {
    const pending = new PendingReplies();
    expect(pending.expectation('nobody')).toBeUndefined();
    expect(pending.resolve('nobody', reply)).toBe(false);
    expect(pending.reject('nobody', failure(Reason.REASON_TIMEOUT, 'late'))).toBe(false);
  });
});
