import { MessageKind, Reason, type ClientId, type ServiceId } from '@sild/contracts';
import type { EnvelopeVerifier, VerifiedEnvelope } from '@sild/domain-envelope';
import { failure } from './gateway.exception';
import type { BackendCall, GatewayDirectory, ProviderBackend } from './gateway.ports';

/** A request that passed every check, with what the provider system needs to answer it. */
export interface AdmittedRequest {
  readonly verified: VerifiedEnvelope;
  readonly call: Omit<BackendCall, 'traceparent'>;
  readonly backend: ProviderBackend;
}

export interface AdmissionPolicy {
  /** The provider gateway's member. */
  readonly member: ClientId;
  /** Provider systems by the subsystem they serve. */
  readonly backends: ReadonlyMap<string, ProviderBackend>;
  readonly maxPayloadBytes: number;
}

const ref = (id: ClientId) => ({
  instance: id.instance ?? '',
  memberClass: id.memberClass ?? '',
  memberCode: id.memberCode ?? '',
  subsystem: id.subsystem ?? '',
});

const serviceText = (id: ServiceId): string => {
  const provider = ref(id.provider ?? {});
  return [
    provider.instance,
    provider.memberClass,
    provider.memberCode,
    provider.subsystem,
    id.serviceCode,
    id.serviceVersion,
  ].join('/');
};

/**
 * The provider side's checks, in order: the envelope (signature, certificate and its status,
 * sender, expiry, replay), that it is a request to a subsystem this gateway serves, that the
 * service is registered, the payload size, and that an active grant lets the calling subsystem
 * call the service. Throws the first failure as a GatewayException or TrustException.
 */
export async function admitRequest(
  bytes: Uint8Array,
  verifier: EnvelopeVerifier,
  directory: GatewayDirectory,
  policy: AdmissionPolicy,
): Promise<AdmittedRequest> {
  const verified = await verifier.verify(bytes);
  const { header } = verified;
  if (header.kind !== MessageKind.MESSAGE_KIND_REQUEST || !header.service || !header.recipientService) {
    throw failure(Reason.REASON_MALFORMED, 'only REQUEST envelopes belong on a request topic');
  }
  if (serviceText(header.service) !== serviceText(header.recipientService)) {
    throw failure(
      Reason.REASON_MALFORMED,
      'a REQUEST must name the same service in service and recipient_service',
    );
  }
  const provider = ref(header.recipientService.provider ?? {});
  const service = {
    provider,
    serviceCode: header.recipientService.serviceCode ?? '',
    serviceVersion: header.recipientService.serviceVersion ?? '',
  };
  const own =
    provider.instance === policy.member.instance &&
    provider.memberClass === policy.member.memberClass &&
    provider.memberCode === policy.member.memberCode;
  const backend = own ? policy.backends.get(provider.subsystem) : undefined;
  if (!backend) throw failure(Reason.REASON_UNKNOWN_SERVICE, 'the service is not provided by this gateway');
  if (!directory.hasService(service))
    throw failure(Reason.REASON_UNKNOWN_SERVICE, 'the service is not registered');
  if (verified.payload.length > policy.maxPayloadBytes) {
    throw failure(Reason.REASON_TOO_LARGE, `payload exceeds ${policy.maxPayloadBytes} bytes`);
  }
  const client = ref(header.sender ?? {});
  const grantId = client.subsystem ? directory.activeGrantId(client, service) : undefined;
  if (grantId === undefined) {
    throw failure(Reason.REASON_ACCESS_DENIED, 'no active grant lets the client call this service');
  }
  return {
    verified,
    backend,
    call: {
      client,
      service,
      messageId: header.messageId,
      correlationId: header.correlationId || header.messageId,
      payload: verified.payload,
      payloadType: header.payloadType,
      payloadEncoding: header.payloadEncoding,
      onBehalfOf: header.onBehalfOf,
      purpose: header.purpose,
      grantId,
    },
  };
}
