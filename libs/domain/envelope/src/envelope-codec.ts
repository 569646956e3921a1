import { SigningAlgorithm } from '@sild/platform-crypto';
import { SignatureAlgorithm, wire, type Header } from '@sild/contracts';
import { DEFAULT_LIMITS, readEnvelopeFrame, type EnvelopeLimits } from './envelope-frame';
import { writeEnvelope } from './envelope-writer';
import { checkHeader } from './header-rules';
import { TrustException, TrustFailure } from './trust.exception';

/** An envelope split into its parts; `header` is the header bytes exactly as received. */
export interface DecodedEnvelope {
  readonly header: Uint8Array;
  readonly payload: Uint8Array;
  readonly algorithm: SigningAlgorithm;
  readonly keyId: Uint8Array;
  readonly signature: Uint8Array;
}

/** Wire enum value of a signing algorithm. */
export function wireAlgorithmOf(algorithm: SigningAlgorithm): SignatureAlgorithm {
  switch (algorithm) {
    case SigningAlgorithm.ECDSA_P256_SHA256:
      return SignatureAlgorithm.SIGNATURE_ALGORITHM_ECDSA_P256_SHA256;
    case SigningAlgorithm.ED25519:
      return SignatureAlgorithm.SIGNATURE_ALGORITHM_ED25519;
    case SigningAlgorithm.RSA_PSS_SHA256:
      return SignatureAlgorithm.SIGNATURE_ALGORITHM_RSA_PSS_SHA256;
  }
}

const BY_WIRE = new Map<number, SigningAlgorithm>(
  Object.values(SigningAlgorithm).map((algorithm) => [wireAlgorithmOf(algorithm), algorithm]),
);

function signingAlgorithmOfWire(value: number): SigningAlgorithm {
  const algorithm = BY_WIRE.get(value);
  if (algorithm) return algorithm;
  throw new TrustException(
    TrustFailure.MALFORMED,
    value === 0 ? 'signature algorithm not set' : `unknown signature algorithm ${value}`,
  );
}

/** Runs a protobufjs decode; anything it throws becomes MALFORMED. */
function decodeWith<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    if (error instanceof TrustException) throw error;
    throw new TrustException(
      TrustFailure.MALFORMED,
      `${what}: ${error instanceof Error ? error.message : 'undecodable'}`,
    );
  }
}

/**
 * Decodes envelope bytes into views of its parts (see envelope-frame.ts: sizes and every declared
 * length are checked before anything is read). Throws only TrustException (MALFORMED, TOO_LARGE).
 */
export function decodeEnvelope(bytes: Uint8Array, limits: EnvelopeLimits = DEFAULT_LIMITS): DecodedEnvelope {
  const frame = readEnvelopeFrame(bytes, limits);
  if (!frame.signed) throw new TrustException(TrustFailure.MALFORMED, 'envelope has no signature');
  if (frame.keyId.length !== 32) throw new TrustException(TrustFailure.MALFORMED, 'key id must be 32 bytes');
  if (frame.signature.length === 0) throw new TrustException(TrustFailure.MALFORMED, 'empty signature value');
  if (frame.header.length === 0) throw new TrustException(TrustFailure.MALFORMED, 'empty header');
  return {
    header: frame.header,
    payload: frame.payload,
    algorithm: signingAlgorithmOfWire(frame.algorithm),
    keyId: frame.keyId,
    signature: frame.signature,
  };
}

/** Decodes and checks header bytes (see header-rules). Throws only TrustException (MALFORMED). */
export function decodeHeader(bytes: Uint8Array): Header {
  const header = decodeWith('header', () => wire.Header.decode(bytes));
  checkHeader(header);
  return header;
}

/** Serializes an envelope from its parts. */
export function encodeEnvelope(parts: DecodedEnvelope): Uint8Array {
  return writeEnvelope(
    parts.header,
    parts.payload,
    wireAlgorithmOf(parts.algorithm),
    parts.keyId,
    parts.signature,
  );
}
