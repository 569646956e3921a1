import { createHash, type X509Certificate } from 'node:crypto';
import { MessageKind, sild, type ClientId } from '@sild/contracts';
import {
  decodeEnvelope,
  decodeHeader,
  EnvelopeVerifier,
  reasonOf,
  TrustException,
  TrustFailure,
  type VerifiedEnvelope,
} from '@sild/domain-envelope';
import { memberIdText, type MemberIdentity } from '@sild/platform-crypto';
import type { InstanceCaService } from './instance-ca.service';
import type { RegistryRepository, RegistrySnapshot } from './registry.repository';
import { CERTIFICATE_REQUEST_TYPE, type AnsweredRequest, type Reply, type ReplyWriter } from './reply-writer';
import type { RequestLogRepository, RequestRecord } from './request-log.repository';
import { SignerErrorCode, SignerException } from './signer.exception';
import { reasonOfSignerError } from './signer-reasons';
import { sameMember } from './signer-keys.service';

export interface CertificateRequestsOptions {
  readonly trustRoot: X509Certificate | string;
  /** The signer's own client id: requests must be addressed to it. */
  readonly signer: ClientId;
  readonly validityDays: number;
  readonly clock?: () => number;
}

/** What became of one message of the request topic. */
export type RequestOutcome =
  /** Not an envelope whose header can be read: no sender to answer; dead-letter it. */
  | { readonly kind: 'undecodable'; readonly reason: string }
  /** Decided (now, or before: `repeated`); send `record.reply` when there is one. */
  | { readonly kind: 'decided'; readonly record: RequestRecord; readonly repeated: boolean };

const clientText = (id: ClientId | null | undefined): string =>
  [id?.instance, id?.memberClass, id?.memberCode, ...(id?.subsystem ? [id.subsystem] : [])].join('/');

const memberOf = (id: ClientId | null | undefined): MemberIdentity => ({
  instance: id?.instance ?? '',
  memberClass: id?.memberClass ?? '',
  memberCode: id?.memberCode ?? '',
});

const notARequest = (why: string): SignerException =>
  new SignerException(SignerErrorCode.NOT_A_CERTIFICATE_REQUEST, why);

/**
 * Certificate requests over the bus (key rotation, X-Road's authCertReg): a MANAGEMENT envelope
 * signed with the member's current, valid and not revoked certificate, carrying a CSR for the
 * same member. Issued certificates are published through the registry and sent back signed;
 * refusals are answered with an ERROR naming the reason. Every decision is recorded before it is
 * answered, and a redelivered envelope gets the recorded answer again (idempotent).
 */
export class CertificateRequestsService {
  private readonly verifier: EnvelopeVerifier;
  private snapshot: RegistrySnapshot | undefined;
  private readonly clock: () => number;

  constructor(
    private readonly ca: InstanceCaService,
    private readonly registry: RegistryRepository,
    private readonly log: RequestLogRepository,
    private readonly replies: ReplyWriter,
    private readonly options: CertificateRequestsOptions,
  ) {
    this.clock = options.clock ?? Date.now;
    this.verifier = new EnvelopeVerifier({
      trustRoot: options.trustRoot,
      certificates: { find: (keyId) => this.snapshot?.certificates.find(keyId) },
      revoked: { has: (keyId) => this.snapshot?.revoked.has(keyId) ?? false },
      clock: this.clock,
    });
  }

  async handle(bytes: Uint8Array): Promise<RequestOutcome> {
    let request: AnsweredRequest;
    try {
      const headerBytes = decodeEnvelope(bytes).header;
      request = { header: decodeHeader(headerBytes), headerBytes };
    } catch (error) {
      if (error instanceof TrustException) return { kind: 'undecodable', reason: error.message };
      throw error;
    }
    const digest = createHash('sha256').update(bytes).digest('hex');
    const previous = await this.log.find(digest);
    if (previous) return { kind: 'decided', record: previous, repeated: true };

    this.snapshot = await this.registry.snapshot();
    const record = await this.decide(bytes, request, digest, this.snapshot);
    await this.log.record(record);
    return { kind: 'decided', record, repeated: false };
  }

  private async decide(
    bytes: Uint8Array,
    request: AnsweredRequest,
    digest: string,
    snapshot: RegistrySnapshot,
  ): Promise<RequestRecord> {
    const base = {
      digest,
      messageId: request.header.messageId,
      sender: clientText(request.header.sender),
      at: new Date(this.clock()).toISOString(),
    };
    let replayKey: string | null = null;
    try {
      const verified = this.verifier.authenticate(bytes);
      const key = `${memberIdText(verified.signer.identity)}/${verified.header.sender?.subsystem ?? ''}|${verified.header.messageId}`;
      if (await this.log.hasReplayKey(key)) {
        throw new TrustException(
          TrustFailure.REPLAYED,
          `message ${verified.header.messageId} was already decided`,
        );
      }
      replayKey = key;
      const issued = await this.issue(verified);
      const reply = this.replies.certificate(request, issued.certificatePem, issued.keyId);
      return {
        ...base,
        outcome: 'ISSUED',
        code: '',
        message: `issued ${issued.keyId}`,
        keyId: issued.keyId,
        reply: stored(reply),
        replayKey,
      };
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      // answer members the registry knows; a stranger's claimed reply topic is not written to
      const known = snapshot.member(memberOf(request.header.sender));
      const reply = known ? this.replies.error(request, refusal.reason, refusal.message, refusal.code) : null;
      return {
        ...base,
        outcome: 'REFUSED',
        code: refusal.code,
        message: refusal.message,
        keyId: '',
        reply: reply ? stored(reply) : null,
        replayKey,
      };
    }
  }

  private async issue(verified: VerifiedEnvelope): Promise<{ certificatePem: string; keyId: string }> {
    const { header } = verified;
    if (header.kind !== MessageKind.MESSAGE_KIND_MANAGEMENT)
      throw notARequest('a certificate request is a MANAGEMENT envelope');
    if (header.payloadType !== CERTIFICATE_REQUEST_TYPE)
      throw notARequest(`payload type must be ${CERTIFICATE_REQUEST_TYPE}`);
    const to = header.recipientClient;
    const me = this.options.signer;
    if (!sameMember(memberOf(to), memberOf(me))) {
      throw notARequest(`addressed to ${clientText(to)}, not to the signer ${clientText(me)}`);
    }
    let csrPem: string;
    try {
      csrPem = sild.signer.v1.CertificateRequest.decode(verified.payload).csrPem;
    } catch {
      throw notARequest('payload is not a sild.signer.v1.CertificateRequest');
    }
    return this.ca.issue(csrPem, this.options.validityDays, verified.signer.identity);
  }
}

const stored = (reply: Reply): RequestRecord['reply'] => ({
  topic: reply.topic,
  envelope: Buffer.from(reply.envelope).toString('base64'),
});

/** A decision to refuse (trust failures, signer refusals); undefined for errors worth a retry. */
function refusalOf(
  error: unknown,
): { code: string; reason: ReturnType<typeof reasonOf>; message: string } | undefined {
  if (error instanceof TrustException)
    return { code: error.failure, reason: reasonOf(error.failure), message: error.message };
  if (error instanceof SignerException && error.code !== SignerErrorCode.REGISTRY_UNAVAILABLE) {
    return { code: error.code, reason: reasonOfSignerError(error.code), message: error.message };
  }
  return undefined;
}
