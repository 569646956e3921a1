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

/** Builds, signs and serializes envelopes for one sender instance (one signing key). */
export class EnvelopeSigner {
  private sequence = 0;
  private readonly clock: () => number;
  private readonly ttlMs: number;

  constructor(private readonly options: EnvelopeSignerOptions) {
    this.clock = options.clock ?? Date.now;
    this.ttlMs = options.defaultTtlMs ?? 5 * 60_000;
  }

  sign(draft: EnvelopeDraft, payload: Uint8Array): SignedEnvelope {
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
    const bytes = sealTbs(header, tbs, payload, this.options);
    return { bytes, header, messageId, senderSequence };
  }
}
