import { MessageKind, sild, type ClientId, type Header } from '@sild/contracts';
import {
  decodeEnvelope,
  decodeHeader,
  EnvelopeVerifier,
  InMemoryCertificateDirectory,
  TrustException,
  TrustFailure,
  type VerifiedEnvelope,
} from '@sild/domain-envelope';
import { clientKey, grantObject, subscriptionObject, type InstanceAnchor } from '@sild/registry-config';
import type { Actor } from './actor';
import { reasonName, refusalOf } from './management-reasons';
import type { RegistryRepository } from './registry.repository';
import type { RegistryService } from './registry.service';

const { ManagementRequest, ManagementResponse } = sild.registry.v1;

/** payload_type of management requests and of the registry's answers. */
export const MANAGEMENT_REQUEST_TYPE = 'type.sild.dev/sild.registry.v1.ManagementRequest';
export const MANAGEMENT_RESPONSE_TYPE = 'type.sild.dev/sild.registry.v1.ManagementResponse';
export const ERROR_TYPE = 'type.googleapis.com/sild.v1.Error';

/** What to answer, and to whom. `request` is undefined when the bytes could not be authenticated. */
export type ManagementOutcome =
  | {
      readonly kind: 'applied';
      readonly request: Header;
      readonly requestHeader: Uint8Array;
      readonly payload: Uint8Array;
    }
  | {
      readonly kind: 'refused';
      readonly request: Header | undefined;
      readonly requestHeader: Uint8Array | undefined;
      readonly payload: Uint8Array;
      readonly reason: string;
    }
  | { readonly kind: 'duplicate'; readonly messageId: string };

/**
 * Members' change requests from the bus: authenticates the signed MANAGEMENT envelope against
 * the registry's own certificates and revocations, acts as the signing member (who may only
 * change what it owns), and records every request with its outcome, once.
 */
export class ManagementService {
  constructor(
    private readonly registry: RegistryService,
    private readonly repository: RegistryRepository,
    private readonly anchor: InstanceAnchor,
    private readonly clock: () => number = Date.now,
  ) {}

  async handle(bytes: Uint8Array): Promise<ManagementOutcome> {
    let verified: VerifiedEnvelope;
    try {
      // authenticate, not verify: the durable record of message ids below is the replay protection
      verified = (await this.verifierFor(bytes)).authenticate(bytes, this.clock());
    } catch (error) {
      return this.refuseUnauthenticated(bytes, error);
    }
    const { header } = verified;
    const previous = await this.repository.findManagementRequest(header.messageId);
    if (previous) return { kind: 'duplicate', messageId: header.messageId };
    const sender = { ...verified.signer.identity, subsystem: '' };
    try {
      if (
        header.kind !== MessageKind.MESSAGE_KIND_MANAGEMENT ||
        header.payloadType !== MANAGEMENT_REQUEST_TYPE
      ) {
        throw new TrustException(TrustFailure.MALFORMED, `expected a MANAGEMENT ${MANAGEMENT_REQUEST_TYPE}`);
      }
      const request = { messageId: header.messageId, action: actionOf(verified.payload) };
      const result = await this.apply(verified.payload, { kind: 'member', member: sender, request });
      const version = (await this.repository.findManagementRequest(header.messageId))?.version ?? '0';
      const payload = ManagementResponse.encode(
        ManagementResponse.fromObject({ ...result, version }),
      ).finish();
      return { kind: 'applied', request: header, requestHeader: verified.headerBytes, payload };
    } catch (error) {
      const outcome = this.refuse(header, verified.headerBytes, error);
      await this.repository.recordRejectedRequest({
        messageId: header.messageId,
        sender: clientKey(sender),
        action: safeActionOf(verified.payload),
        outcome: 'REJECTED',
        reason: outcome.kind === 'refused' ? outcome.reason : '',
      });
      return outcome;
    }
  }

  private async apply(payload: Uint8Array, actor: Actor): Promise<Record<string, unknown>> {
    const request = ManagementRequest.toObject(decodeRequest(payload), {
      longs: String,
      enums: String,
      bytes: Buffer,
      defaults: true,
      oneofs: true,
    }) as Record<string, unknown>;
    const body = request[String(request['action'])] as never;
    switch (request['action']) {
      case 'requestSubscription':
        return { subscription: subscriptionObject(await this.registry.requestSubscription(body, actor)) };
      case 'decideSubscription':
        return { subscription: subscriptionObject(await this.registry.decideSubscription(body, actor)) };
      case 'addGrant':
        return { grant: grantObject(await this.registry.addGrant(body, actor)) };
      case 'revokeGrant':
        return { grant: grantObject(await this.registry.revokeGrant(body, actor)) };
      default:
        throw new TrustException(TrustFailure.MALFORMED, 'management request without an action');
    }
  }

  /**
   * A request that failed authentication. When it names a certificate the registry knows (e.g.
   * a revoked one), the refusal is recorded and answered to that certificate's member; anything
   * else (garbage, unknown keys) has nobody to answer and is only reported.
   */
  private async refuseUnauthenticated(bytes: Uint8Array, error: unknown): Promise<ManagementOutcome> {
    let header: Header;
    let headerBytes: Uint8Array;
    let keyId: string;
    try {
      const envelope = decodeEnvelope(bytes);
      headerBytes = envelope.header;
      header = decodeHeader(envelope.header);
      keyId = Buffer.from(envelope.keyId).toString('hex');
    } catch {
      return this.refuse(undefined, undefined, error);
    }
    const certificate = await this.repository.findCertificate(keyId);
    if (!certificate) return this.refuse(undefined, undefined, error);
    // answer the member the certificate belongs to, whoever the header claims to be
    header.sender = sild.v1.ClientId.fromObject(certificate.member);
    const outcome = this.refuse(header, headerBytes, error);
    await this.repository.recordRejectedRequest({
      messageId: header.messageId,
      sender: clientKey(certificate.member),
      action: 'unauthenticated',
      outcome: 'REJECTED',
      reason: outcome.kind === 'refused' ? outcome.reason : '',
    });
    return outcome;
  }

  /** A verifier that knows exactly the certificate the envelope names, as the registry has it now. */
  private async verifierFor(bytes: Uint8Array): Promise<EnvelopeVerifier> {
    const keyId = Buffer.from(decodeEnvelope(bytes).keyId).toString('hex');
    const certificate = await this.repository.findCertificate(keyId);
    const revoked =
      certificate?.status === 'REVOKED' && (certificate.revokedAt?.getTime() ?? 0) <= this.clock();
    return new EnvelopeVerifier({
      trustRoot: this.anchor.root.x509,
      certificates: new InMemoryCertificateDirectory(certificate ? [certificate.certificateDer] : []),
      revoked: { has: (id) => revoked && id === keyId },
      clock: this.clock,
    });
  }

  private refuse(
    header: Header | undefined,
    headerBytes: Uint8Array | undefined,
    error: unknown,
  ): ManagementOutcome {
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    const payload = sild.v1.Error.encode({
      reason: refusal.reason,
      message: refusal.message,
      retryable: false,
      details: {},
    }).finish();
    return {
      kind: 'refused',
      request: header,
      requestHeader: headerBytes,
      payload,
      reason: reasonName(refusal.reason),
    };
  }
}

function decodeRequest(payload: Uint8Array): sild.registry.v1.ManagementRequest {
  try {
    return ManagementRequest.decode(payload);
  } catch {
    throw new TrustException(TrustFailure.MALFORMED, 'payload is not a ManagementRequest');
  }
}

const actionOf = (payload: Uint8Array): string => decodeRequest(payload).action ?? 'none';
const safeActionOf = (payload: Uint8Array): string => {
  try {
    return actionOf(payload);
  } catch {
    return 'undecodable';
  }
};

/** The sender's member id of a request header (where an answer goes). */
export const senderOf = (header: Header): ClientId => ({ ...header.sender, subsystem: '' });
