import type { KeyObject } from 'node:crypto';
import { signBytes, type MemberCertificate } from '@sild/platform-crypto';
import type { HeaderFields } from '@sild/contracts';
import { encodeEnvelope } from './envelope-codec';
import { writeHeaderForSigning } from './header-writer';
import { sha256, toBeSigned } from './to-be-signed';
import { uuidV7 } from './uuid-v7';

/** Header fields the caller chooses; the signer fills in ids, times, digest and sequence. */
export type EnvelopeDraft = Omit<
  HeaderFields,
  'payloadSha256' | 'senderInstanceId' | 'senderSequence' | 'createdAt' | 'expiresAt'
> & {
  /** Time to live; default {@link EnvelopeSignerOptions.defaultTtlMs}. */
  readonly ttlMs?: number;
};

export interface EnvelopeSignerOptions {
  readonly privateKey: KeyObject;
  readonly certificate: MemberCertificate;
  /** This process's id as sender instance (numbered messages prove none went missing). */
  readonly senderInstanceId: string;
  /** Default 5 minutes. */
  readonly defaultTtlMs?: number;
  readonly clock?: () => number;
}

export interface SignedEnvelope {
  /** The serialized `sild.v1.Envelope`, ready to send. */
  readonly bytes: Uint8Array;
  /** The serialized header inside it (the request hash of an answer is SHA-256 of these). */
  readonly header: Uint8Array;
  readonly messageId: string;
  readonly senderSequence: number;
}

/** Signs already serialized header bytes and a payload into envelope bytes. */
export function sealEnvelope(
  header: Uint8Array,
  payload: Uint8Array,
  signer: Pick<EnvelopeSignerOptions, 'privateKey' | 'certificate'>,
  payloadSha256: Uint8Array = sha256(payload),
): Uint8Array {
  return sealTbs(header, toBeSigned(header, payloadSha256), payload, signer);
}

function sealTbs(
  header: Uint8Array,
  tbs: Uint8Array,
  payload: Uint8Array,
  signer: Pick<EnvelopeSignerOptions, 'privateKey' | 'certificate'>,
): Uint8Array {
  const { algorithm, keyId } = signer.certificate;
  const signature = signBytes(algorithm, signer.privateKey, tbs);
  return encodeEnvelope({ header, payload, algorithm, keyId, signature });
}

/** Header bytes ready to sign, and what the signed envelope will say about itself. */
interface PreparedEnvelope {
  readonly header: Uint8Array;
  readonly tbs: Uint8Array;
  readonly messageId: string;
  readonly senderSequence: number;
}

type SequenceOptions = Pick<EnvelopeSignerOptions, 'senderInstanceId' | 'defaultTtlMs' | 'clock'>;

/** Numbers messages and writes their headers for one sender instance. */
class EnvelopeSequence {
  private sequence = 0;
  private readonly clock: () => number;
  private readonly ttlMs: number;

  constructor(private readonly options: SequenceOptions) {
    this.clock = options.clock ?? Date.now;
    this.ttlMs = options.defaultTtlMs ?? 5 * 60_000;
  }

  prepare(draft: EnvelopeDraft, payload: Uint8Array): PreparedEnvelope {
    const now = this.clock();
    const messageId = draft.messageId || uuidV7(now);
    const senderSequence = ++this.sequence;
    const { header, tbs } = writeHeaderForSigning(draft, {
      messageId,
      createdAtMs: now,
      expiresAtMs: now + (draft.ttlMs ?? this.ttlMs),
      payloadSha256: sha256(payload),
      senderInstanceId: this.options.senderInstanceId,
      senderSequence,
    });
    return { header, tbs, messageId, senderSequence };
  }
}

/** Builds, signs and serializes envelopes for one sender instance (one signing key). */
export class EnvelopeSigner {
  private readonly sequence: EnvelopeSequence;

  constructor(private readonly options: EnvelopeSignerOptions) {
    this.sequence = new EnvelopeSequence(options);
  }

  sign(draft: EnvelopeDraft, payload: Uint8Array): SignedEnvelope {
    const { header, tbs, messageId, senderSequence } = this.sequence.prepare(draft, payload);
    const bytes = sealTbs(header, tbs, payload, this.options);
    return { bytes, header, messageId, senderSequence };
  }
}

export interface DelegatedSignerOptions extends SequenceOptions {
  readonly certificate: MemberCertificate;
  /** Signs the to-be-signed bytes with the certificate's key somewhere else (signer, HSM). */
  readonly signTbs: (tbs: Uint8Array) => Promise<Uint8Array>;
}

/**
 * Like EnvelopeSigner, for a private key this process never holds: the to-be-signed bytes go to
 * `signTbs` (e.g. the signer service's Sign API) and the signature comes back.
 */
export class DelegatedEnvelopeSigner {
  private readonly sequence: EnvelopeSequence;

  constructor(private readonly options: DelegatedSignerOptions) {
    this.sequence = new EnvelopeSequence(options);
  }

  async sign(draft: EnvelopeDraft, payload: Uint8Array): Promise<SignedEnvelope> {
    const { header, tbs, messageId, senderSequence } = this.sequence.prepare(draft, payload);
    const { algorithm, keyId } = this.options.certificate;
    const signature = await this.options.signTbs(tbs);
    const bytes = encodeEnvelope({ header, payload, algorithm, keyId, signature });
    return { bytes, header, messageId, senderSequence };
  }
}
