// Bad input: arbitrary and mutated bytes are refused with a typed reason, never accepted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wire } from '@sild/contracts';
import { SigningAlgorithm } from '@sild/platform-crypto';
import {
  EnvelopeVerifier,
  TrustException,
  TrustFailure,
  decodeEnvelope,
  decodeHeader,
  encodeEnvelope,
  sealEnvelope,
} from './index';
import { relocationDraft, relocationPayload, testInstance, testSigner, testVerifier } from './testing';

const failureOf = (fn: () => unknown): TrustFailure | 'accepted' => {
  try {
    fn();
    return 'accepted';
  } catch (error) {
    if (error instanceof TrustException) return error.failure;
    throw error;
  }
};

describe('failing envelope bytes', () => {
  const instance = testInstance();
  const signed = testSigner(instance.provider).sign(relocationDraft(instance.provider), relocationPayload());
  const verifier: EnvelopeVerifier = testVerifier(instance);

  it('decoding arbitrary bytes throws nothing but MALFORMED (10,000 cases each)', () => {
    const bytes = fc.uint8Array({ maxLength: 2048 });
    fc.assert(
      fc.property(bytes, (input) => {
        expect(['accepted', TrustFailure.MALFORMED]).toContain(failureOf(() => decodeEnvelope(input)));
        expect(['accepted', TrustFailure.MALFORMED]).toContain(failureOf(() => decodeHeader(input)));
      }),
      { numRuns: 10_000 },
    );
  });

  it('arbitrary bytes that frame as an envelope are still refused by the verifier', () => {
    const parts = fc.record({
      header: fc.uint8Array({ maxLength: 512 }),
      payload: fc.uint8Array({ maxLength: 256 }),
      keyId: fc.oneof(
        fc.constant(instance.provider.certificate.keyId),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
      ),
      signature: fc.uint8Array({ minLength: 1, maxLength: 80 }),
      algorithm: fc.constantFrom(...Object.values(SigningAlgorithm)),
    });
    fc.assert(
      fc.property(parts, (p) => {
        const bytes = encodeEnvelope(p);
        const failure = failureOf(() => verifier.authenticate(bytes));
        expect(failure).not.toBe('accepted');
      }),
      { numRuns: 10_000 },
    );
  });

  it('a huge declared header length is refused before decoding', () => {
    // field 1, wire type 2, length 2^31 - 1, then three bytes
    const truncated = Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x07, 1, 2, 3]);
    expect(failureOf(() => decodeEnvelope(truncated))).toBe(TrustFailure.MALFORMED);
    const big = Buffer.concat([Buffer.from([0x0a, 0x80, 0x80, 0x02]), Buffer.alloc(32_768)]);
    expect(failureOf(() => decodeEnvelope(big))).toBe(TrustFailure.TOO_LARGE);
    expect(failureOf(() => decodeEnvelope(Buffer.alloc(2 * 1024 * 1024)))).toBe(TrustFailure.TOO_LARGE);
  });

  it('flipping any byte of the header, payload or signature value fails with INVALID_SIGNATURE', () => {
    const parts = decodeEnvelope(signed.bytes);
    const fields = ['header', 'payload', 'signature'] as const;
    let flips = 0;
    for (const field of fields) {
      for (let i = 0; i < parts[field].length; i++) {
        const copy = Buffer.from(parts[field]);
        copy[i] = (copy[i] ?? 0) ^ 0x01;
        const bytes = encodeEnvelope({ ...parts, [field]: copy });
        expect(
          failureOf(() => verifier.authenticate(bytes)),
          `${field}[${i}]`,
        ).toBe(TrustFailure.INVALID_SIGNATURE);
        flips++;
      }
    }
    expect(flips).toBeGreaterThan(300);
  });

  it('flipping any byte of the serialized envelope is refused with a reason that fits the byte', () => {
    expect(wire.Envelope.decode(signed.bytes).header.length).toBeGreaterThan(0);
    for (let i = 0; i < signed.bytes.length; i++) {
      for (const mask of [0x01, 0x80]) {
        const copy = Buffer.from(signed.bytes);
        copy[i] = (copy[i] ?? 0) ^ mask;
        const failure = failureOf(() => verifier.authenticate(copy));
        expect(
          [TrustFailure.MALFORMED, TrustFailure.INVALID_SIGNATURE, TrustFailure.CERT_UNTRUSTED],
          `byte ${i}`,
        ).toContain(failure);
      }
    }
  });

  it('authenticateAsync (signature on the thread pool) judges every flipped byte as authenticate does', async () => {
    const asyncFailureOf = async (bytes: Uint8Array): Promise<TrustFailure | 'accepted'> => {
      try {
        await verifier.authenticateAsync(bytes);
        return 'accepted';
      } catch (error) {
        if (error instanceof TrustException) return error.failure;
        throw error;
      }
    };
    expect(await asyncFailureOf(signed.bytes)).toBe('accepted');
    for (let i = 0; i < signed.bytes.length; i++) {
      const copy = Buffer.from(signed.bytes);
      copy[i] = (copy[i] ?? 0) ^ 0x01;
      expect(await asyncFailureOf(copy), `byte ${i}`).toBe(failureOf(() => verifier.authenticate(copy)));
    }
  });

  it('random mutations of a signed envelope are never accepted', () => {
    const mutation = fc.array(fc.tuple(fc.nat(signed.bytes.length - 1), fc.integer({ min: 1, max: 255 })), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(mutation, (edits) => {
        const copy = Buffer.from(signed.bytes);
        for (const [at, mask] of edits) copy[at] = (copy[at] ?? 0) ^ mask;
        expect(failureOf(() => verifier.authenticate(copy))).not.toBe('accepted');
      }),
      { numRuns: 2_000 },
    );
  });

  it('a validly signed envelope whose header bytes are not a Header is MALFORMED', () => {
    const parts = decodeEnvelope(signed.bytes);
    const resealed = sealEnvelope(parts.payload, parts.payload, {
      privateKey: instance.provider.keys.privateKey,
      certificate: instance.provider.certificate,
    });
    expect(failureOf(() => verifier.authenticate(resealed))).toBe(TrustFailure.MALFORMED);
  });
});
