import { resolve } from 'node:path';
import { loadProtos, type UnaryHandler } from '@sild/platform-grpc';
import {
  certificateObject,
  eventTypeObject,
  grantObject,
  memberObject,
  serviceEntityObject,
  subscriptionObject,
  subsystemObject,
  trustAnchorObject,
  type RegistryState,
} from '@sild/registry-config';
import { OPERATOR, type RegistryService } from '@sild/registry-domain';
import type * as In from '@sild/registry-domain';

export const REGISTRY_SERVICE = 'sild.registry.v1.Registry';

/** The Registry API's .proto files (the same path from the sources and from dist/). */
export const registryPackageDefinition = () =>
  loadProtos(['sild/registry/v1/registry.proto'], [resolve(import.meta.dirname, '../../../proto')]);

export const configurationObject = (state: RegistryState) => ({
  version: state.version,
  members: state.members.map(memberObject),
  subsystems: state.subsystems.map(subsystemObject),
  services: state.services.map(serviceEntityObject),
  eventTypes: state.eventTypes.map(eventTypeObject),
  grants: state.grants.map(grantObject),
  subscriptions: state.subscriptions.map(subscriptionObject),
  certificates: state.certificates.map(certificateObject),
  trustAnchors: state.trustAnchors.map(trustAnchorObject),
});

/**
 * The operator's Registry API (the `sild` CLI speaks it). Requests are validated by the
 * registry service; its exceptions become gRPC statuses at the edge (registry-errors.ts).
 */
export function registryHandlers(
  registry: RegistryService,
  onChange: () => void,
): Record<string, UnaryHandler> {
  const changing =
    <O>(fn: (input: never) => Promise<O>, toObject: (value: O) => unknown): UnaryHandler =>
    async (request) => {
      // the request is untrusted; the registry service validates every field
      const result = toObject(await fn(request as never));
      onChange();
      return result;
    };
  return {
    AddTrustAnchor: changing(
      (r: In.AddTrustAnchor) => registry.addTrustAnchor(r, OPERATOR),
      trustAnchorObject,
    ),
    AddMember: changing((r: In.AddMember) => registry.addMember(r, OPERATOR), memberObject),
    AddSubsystem: changing((r: In.AddSubsystem) => registry.addSubsystem(r, OPERATOR), subsystemObject),
    AddService: changing((r: In.AddService) => registry.addService(r, OPERATOR), serviceEntityObject),
    AddEventType: changing((r: In.AddEventType) => registry.addEventType(r, OPERATOR), eventTypeObject),
    AddGrant: changing((r: In.AddGrant) => registry.addGrant(r, OPERATOR), grantObject),
    RevokeGrant: changing((r: In.RevokeGrant) => registry.revokeGrant(r, OPERATOR), grantObject),
    RequestSubscription: changing(
      (r: In.RequestSubscription) => registry.requestSubscription(r, OPERATOR),
      subscriptionObject,
    ),
    DecideSubscription: changing(
      (r: In.DecideSubscription) => registry.decideSubscription(r, OPERATOR),
      subscriptionObject,
    ),
    RegisterCertificate: changing(
      (r: In.RegisterCertificate) => registry.registerCertificate(r, OPERATOR),
      certificateObject,
    ),
    RevokeCertificate: changing(
      (r: In.RevokeCertificate & { revokedAt?: unknown }) =>
        registry.revokeCertificate(
          { keyId: r.keyId, reason: r.reason, revokedAt: revocationTime(r.revokedAt) },
          OPERATOR,
        ),
      certificateObject,
    ),
    GetConfiguration: async () => configurationObject(await registry.state()),
  };
}

function revocationTime(value: unknown): Date | undefined {
  const seconds = Number((value as { seconds?: unknown } | null | undefined)?.seconds ?? 0);
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : undefined;
}
