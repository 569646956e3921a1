import type { X509Certificate } from 'node:crypto';
import {
  CryptoException,
  keyIdHex,
  memberIdText,
  trustRootOf,
  validAt,
  verifyBytes,
  verifyBytesAsync,
  verifyIssuedBy,
  type MemberCertificate,
  type TrustRoot,
} from '@sild/platform-crypto';
import type { Header } from '@sild/contracts';
import type { CertificateDirectory } from './certificate-directory.repository';
import { decodeEnvelope, decodeHeader } from './envelope-codec';
import { DEFAULT_LIMITS, type EnvelopeLimits } from './envelope-frame';
import { timestampMs } from './protobuf-values';
import { InMemoryReplayRepository, type ReplayRepository } from './replay.repository';
import { sha256, toBeSigned } from './to-be-signed';
import { TrustException, TrustFailure } from './trust.exception';
import { VerifiedSignatures } from './verified-signatures';

export interface EnvelopeVerifierOptions {
  /** The instance's root CA certificate (PEM or parsed). */
  readonly trustRoot: X509Certificate | string | Uint8Array;
  readonly certificates: CertificateDirectory;
  /** Key ids (hex) of revoked signer certificates; consulted on every message. */
  readonly revoked?: { has(keyIdHex: string): boolean };
  /** Default: an in-memory store of at most one million ids. */
  readonly replay?: ReplayRepository;
  readonly limits?: Partial<EnvelopeLimits>;
  readonly clock?: () => number;
  /** How far `created_at` may lie in the future. Default 30 s. */
  readonly clockSkewMs?: number;
  /** Longest accepted `expires_at - created_at` (bounds the replay window). Default 24 h. */
  readonly maxLifetimeMs?: number;
  /**
   * Valid signatures remembered (by a digest of key id, signed bytes and signature), so that the
   * same envelope read again is not verified again (the audit reads events and their copies).
   * Default 0: none, every signature is checked.
   */
  readonly rememberSignatures?: number;
}

/** An envelope that passed every check. */
export interface VerifiedEnvelope {
  readonly header: Header;
  /** Header bytes as received: the input of request hashes and audit records. */
  readonly headerBytes: Uint8Array;
  readonly payload: Uint8Array;
  readonly signer: MemberCertificate;
}

/** An envelope decoded and its signer found, before the signature is checked. */
interface SignedParts {
  readonly envelope: ReturnType<typeof decodeEnvelope>;
  readonly signer: MemberCertificate;
  readonly payloadSha256: Uint8Array;
  readonly tbs: Uint8Array;
}

const fail = (failure: TrustFailure, why: string): TrustException => new TrustException(failure, why);
const equalBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0;

/** Decides whether envelope bytes are acceptable; every refusal is a TrustException. */
export class EnvelopeVerifier {
  private readonly root: TrustRoot;
  private readonly limits: EnvelopeLimits;
  private readonly replay: ReplayRepository;
  private readonly clock: () => number;
  /** Signer certificates already checked against the root, by key id (hex). */
  private readonly chained = new Map<string, MemberCertificate>();
  private readonly verified: VerifiedSignatures | undefined;

  constructor(private readonly options: EnvelopeVerifierOptions) {
    this.root = trustRootOf(options.trustRoot);
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.replay = options.replay ?? new InMemoryReplayRepository();
    this.clock = options.clock ?? Date.now;
    const remember = options.rememberSignatures ?? 0;
    this.verified = remember > 0 ? new VerifiedSignatures(remember) : undefined;
  }

  /** All checks, including replay: a message id is accepted once. */
  async verify(bytes: Uint8Array): Promise<VerifiedEnvelope> {
    const now = this.clock();
    const verified = this.authenticate(bytes, now);
    const { header } = verified;
    const key = `${memberIdText(verified.signer.identity)}/${header.sender?.subsystem ?? ''}|${header.messageId}`;
    if (!(await this.replay.rememberIfNew(key, timestampMs(header.expiresAt, 'expires_at'), now))) {
      throw fail(TrustFailure.REPLAYED, `message ${header.messageId} was already accepted`);
    }
    return verified;
  }

  /** Every check except replay (for re-verifying stored envelopes, e.g. in the audit). */
  authenticate(bytes: Uint8Array, now = this.clock()): VerifiedEnvelope {
    const signed = this.signedParts(bytes);
    const { signer, tbs, envelope } = signed;
    const digest = this.rememberedAs(signed);
    const valid =
      this.remembers(digest) || verifyBytes(signer.algorithm, signer.publicKey, tbs, envelope.signature);
    return this.afterSignature(signed, valid, now, digest);
  }

  /**
   * authenticate() with the signature checked on the thread pool: a process verifying many
   * envelopes (the audit) keeps its own thread for the rest. Everything up to the signature check
   * (certificate, revocation) is decided synchronously, as of the call.
   */
  async authenticateAsync(bytes: Uint8Array, now = this.clock()): Promise<VerifiedEnvelope> {
    const signed = this.signedParts(bytes);
    const { signer, tbs, envelope } = signed;
    const digest = this.rememberedAs(signed);
    const valid =
      this.remembers(digest) ||
      (await verifyBytesAsync(signer.algorithm, signer.publicKey, tbs, envelope.signature));
    return this.afterSignature(signed, valid, now, digest);
  }

  /** The digest a valid signature of `signed` is remembered by; undefined when none are. */
  private rememberedAs({ envelope, tbs }: SignedParts): string | undefined {
    return this.verified && VerifiedSignatures.digestOf(envelope.keyId, tbs, envelope.signature);
  }

  private remembers(digest: string | undefined): boolean {
    return digest !== undefined && this.verified?.has(digest) === true;
  }

  /** Decodes the envelope and finds its signer; the checks before the signature's. */
  private signedParts(bytes: Uint8Array): SignedParts {
    const envelope = decodeEnvelope(bytes, this.limits);
    const signer = this.signerOf(keyIdHex(envelope.keyId));
    if (this.options.revoked?.has(signer.keyIdHex)) {
      throw fail(TrustFailure.CERT_REVOKED, `certificate ${signer.keyIdHex} is revoked`);
    }
    if (envelope.algorithm !== signer.algorithm) {
      throw fail(
        TrustFailure.INVALID_SIGNATURE,
        `${envelope.algorithm} signature from a ${signer.algorithm} key`,
      );
    }
    const payloadSha256 = sha256(envelope.payload);
    return { envelope, signer, payloadSha256, tbs: toBeSigned(envelope.header, payloadSha256) };
  }

  /** The checks after the signature's, on the signed header. */
  private afterSignature(
    signed: SignedParts,
    valid: boolean,
    now: number,
    digest: string | undefined,
  ): VerifiedEnvelope {
    if (!valid) throw fail(TrustFailure.INVALID_SIGNATURE, 'signature does not verify');
    if (digest !== undefined) this.verified?.remember(digest);
    const { envelope, signer, payloadSha256 } = signed;
    const header = decodeHeader(envelope.header);
    this.checkSignedHeader(header, payloadSha256, signer, now);
    return { header, headerBytes: envelope.header, payload: envelope.payload, signer };
  }

  private checkSignedHeader(
    header: Header,
    payloadSha256: Uint8Array,
    signer: MemberCertificate,
    now: number,
  ): void {
    if (!equalBytes(payloadSha256, header.payloadSha256)) {
      throw fail(TrustFailure.DIGEST_MISMATCH, 'payload does not match payload_sha256');
    }
    const created = timestampMs(header.createdAt, 'created_at');
    const expires = timestampMs(header.expiresAt, 'expires_at');
    if (!validAt(signer, this.root, created)) {
      throw fail(TrustFailure.CERT_EXPIRED, `certificate not valid at ${new Date(created).toISOString()}`);
    }
    const { sender } = header;
    const id = signer.identity;
    if (
      sender?.instance !== id.instance ||
      sender.memberClass !== id.memberClass ||
      sender.memberCode !== id.memberCode
    ) {
      throw fail(
        TrustFailure.SENDER_MISMATCH,
        `certificate of ${memberIdText(id)} cannot send as another member`,
      );
    }
    if (now > expires) throw fail(TrustFailure.EXPIRED, `expired at ${new Date(expires).toISOString()}`);
    if (created > now + (this.options.clockSkewMs ?? 30_000))
      throw fail(TrustFailure.EXPIRED, 'created in the future');
    if (expires - created > (this.options.maxLifetimeMs ?? 86_400_000)) {
      throw fail(TrustFailure.EXPIRED, 'lifetime exceeds the accepted maximum');
    }
  }

  /** The signer's certificate, checked against the root once per key id. */
  private signerOf(keyId: string): MemberCertificate {
    const cached = this.chained.get(keyId);
    if (cached) return cached;
    const certificate = this.options.certificates.find(keyId);
    if (!certificate) throw fail(TrustFailure.CERT_UNTRUSTED, `unknown key id ${keyId}`);
    try {
      verifyIssuedBy(certificate, this.root);
    } catch (error) {
      if (error instanceof CryptoException) throw fail(TrustFailure.CERT_UNTRUSTED, error.message);
      throw error;
    }
    if (this.chained.size >= 10_000) this.chained.clear();
    this.chained.set(keyId, certificate);
    return certificate;
  }
}
