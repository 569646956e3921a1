import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SignatureAlgorithm, wire } from '@sild/contracts';
import { writeEnvelope } from './envelope-writer';

describe('writeEnvelope', () => {
  it('writes the same bytes as the generated protobufjs encoder', () => {
    const parts = fc.record({
      header: fc.uint8Array({ maxLength: 300 }),
      payload: fc.oneof(
        fc.uint8Array({ maxLength: 300 }),
        fc.uint8Array({ minLength: 16_000, maxLength: 17_000 }),
      ),
      algorithm: fc.constantFrom(
        SignatureAlgorithm.SIGNATURE_ALGORITHM_UNSPECIFIED,
        SignatureAlgorithm.SIGNATURE_ALGORITHM_ECDSA_P256_SHA256,
        SignatureAlgorithm.SIGNATURE_ALGORITHM_ED25519,
        SignatureAlgorithm.SIGNATURE_ALGORITHM_RSA_PSS_SHA256,
      ),
      keyId: fc.uint8Array({ maxLength: 40 }),
      signature: fc.uint8Array({ maxLength: 600 }),
    });
    fc.assert(
      fc.property(parts, (p) => {
        const expected = wire.Envelope.encode({
          header: p.header,
          payload: p.payload,
          signature: { algorithm: p.algorithm, keyId: p.keyId, value: p.signature },
        }).finish();
        const actual = writeEnvelope(p.header, p.payload, p.algorithm, p.keyId, p.signature);
        expect(Buffer.from(actual).equals(Buffer.from(expected))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
