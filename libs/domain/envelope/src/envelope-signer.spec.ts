import { describe, expect, it } from 'vitest';
import { MessageKind } from '@sild/contracts';
import { decodeEnvelope, decodeHeader, safeInteger, sha256, timestampMs } from './index';
import { TEST_EPOCH, relocationDraft, relocationPayload, testInstance, testSigner } from './testing';

describe('EnvelopeSigner', () => {
  const { provider } = testInstance();

  it('fills message id, times, payload digest and a per-instance sequence', () => {
    const signer = testSigner(provider);
    const payload = relocationPayload();
    const first = signer.sign(relocationDraft(provider, { ttlMs: 10_000 }), payload);
    const second = signer.sign(relocationDraft(provider), payload);
    const header = decodeHeader(decodeEnvelope(first.bytes).header);
    expect(header.kind).toBe(MessageKind.MESSAGE_KIND_EVENT);
    expect(header.messageId).toBe(first.messageId);
    expect(timestampMs(header.createdAt, 'created_at')).toBe(TEST_EPOCH.getTime());
    expect(timestampMs(header.expiresAt, 'expires_at')).toBe(TEST_EPOCH.getTime() + 10_000);
    expect(Buffer.from(header.payloadSha256)).toEqual(sha256(payload));
    expect(header.senderInstanceId).toBe('gateway-00000001-0');
    expect([first.senderSequence, second.senderSequence]).toEqual([1, 2]);
    expect(safeInteger(header.senderSequence, 'sender_sequence')).toBe(1);
    expect(second.messageId).not.toBe(first.messageId);
  });

  it('signs with the certificate key id and algorithm', () => {
    const parts = decodeEnvelope(
      testSigner(provider).sign(relocationDraft(provider), relocationPayload()).bytes,
    );
    expect(Buffer.from(parts.keyId)).toEqual(provider.certificate.keyId);
    expect(parts.algorithm).toBe(provider.certificate.algorithm);
  });
});
