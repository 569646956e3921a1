import { describe, expect, it } from 'vitest';
import { PayloadEncoding, Reason } from '@sild/contracts';
import { callBackend, type BackendAnswer, type BackendLimits } from './index';
import { FakeBackend, JSON_ANSWER, backendCall } from './testing';

const call = backendCall();
const limits: BackendLimits = { timeoutMs: 50, maxPayloadBytes: 32 };

const answering = (answer: BackendAnswer) => new FakeBackend(() => Promise.resolve(answer));
const unavailable = { reason: Reason.REASON_PROVIDER_UNAVAILABLE, retryable: true };

describe('callBackend', () => {
  it('passes the call and a live signal to the provider system and its answer back', async () => {
    const backend = new FakeBackend();
    await expect(callBackend(backend, call, limits)).resolves.toEqual(JSON_ANSWER);
    expect(backend.calls).toEqual([call]);
    expect(backend.signals[0]?.aborted).toBe(false);
  });

  it('PROVIDER_UNAVAILABLE after the timeout when the provider system hangs, and aborts it', async () => {
    const backend = new FakeBackend(() => new Promise<never>(() => undefined));
    await expect(callBackend(backend, call, limits)).rejects.toMatchObject({
      ...unavailable,
      message: 'provider system did not answer in 50 ms',
    });
    expect(backend.signals[0]?.aborted).toBe(true);
  });

  it('PROVIDER_UNAVAILABLE when the provider system fails, with its message cut short', async () => {
    const backend = new FakeBackend(() => Promise.reject(new Error(`connection refused ${'x'.repeat(300)}`)));
    const refusal = await callBackend(backend, call, limits).catch((error: unknown) => error);
    expect(refusal).toMatchObject(unavailable);
    expect((refusal as Error).message).toMatch(/^provider system failed: connection refused x+$/);
    expect((refusal as Error).message.length).toBeLessThan(250);
  });

  it('PROVIDER_UNAVAILABLE when the provider system throws something that is not an Error', async () => {
    const thrower = new FakeBackend(() => {
      throw 'not an error'; // eslint-disable-line @typescript-eslint/only-throw-error
    });
    await expect(callBackend(thrower, call, limits)).rejects.toMatchObject(unavailable);
  });

  it.each<[string, BackendAnswer]>([
    ['no payload type', { ...JSON_ANSWER, payloadType: '' }],
    ['no encoding', { ...JSON_ANSWER, payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_UNSPECIFIED }],
    ['an unknown encoding', { ...JSON_ANSWER, payloadEncoding: 42 as unknown as PayloadEncoding }],
    ['a payload that is not bytes', { ...JSON_ANSWER, payload: 'text' as unknown as Uint8Array }],
    ['a payload over the limit', { ...JSON_ANSWER, payload: new Uint8Array(33) }],
  ])('PROVIDER_UNAVAILABLE for an invalid answer: %s', async (_, answer) => {
    await expect(callBackend(answering(answer), call, limits)).rejects.toMatchObject(unavailable);
  });

  it('accepts a payload of exactly the limit', async () => {
    const answer = { ...JSON_ANSWER, payload: new Uint8Array(32) };
    await expect(callBackend(answering(answer), call, limits)).resolves.toEqual(answer);
  });

  // the reasons a provider may give are kept (docs/gateway.md, step 5); others are its failure
  const { REASON_PROVIDER_UNAVAILABLE: UNAVAILABLE } = Reason;
  it.each([
    ['INVALID_ARGUMENT', 'kept', Reason.REASON_INVALID_ARGUMENT],
    ['NOT_FOUND', 'kept', Reason.REASON_NOT_FOUND],
    ['ACCESS_DENIED', 'kept', Reason.REASON_ACCESS_DENIED],
    ['FAILED_PRECONDITION', 'kept', Reason.REASON_FAILED_PRECONDITION],
    ['RATE_LIMITED', 'kept', Reason.REASON_RATE_LIMITED],
    ['PROVIDER_UNAVAILABLE', 'kept', UNAVAILABLE],
    ['INTERNAL', UNAVAILABLE, Reason.REASON_INTERNAL],
    ['CERT_REVOKED', UNAVAILABLE, Reason.REASON_CERT_REVOKED],
    ['TIMEOUT', UNAVAILABLE, Reason.REASON_TIMEOUT],
    ['UNSPECIFIED', UNAVAILABLE, Reason.REASON_UNSPECIFIED],
  ] as const)('a refusal with reason %s: %s', async (_, expected, reason) => {
    const checked = await callBackend(answering({ error: { reason, message: 'no' } }), call, limits);
    expect(checked).toEqual({ error: { reason: expected === 'kept' ? reason : expected, message: 'no' } });
  });

  it('cuts a refusal message to 500 characters', async () => {
    const answer = { error: { reason: Reason.REASON_NOT_FOUND, message: 'x'.repeat(600) } };
    const checked = await callBackend(answering(answer), call, limits);
    expect('error' in checked && checked.error.message).toBe('x'.repeat(500));
  });
});
