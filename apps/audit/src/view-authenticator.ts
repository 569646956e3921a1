// Envelope authentication against the registry view as of each record's Kafka time: a signer
// certificate revoked later does not make earlier envelopes invalid in the log.
import type { EnvelopeAuthenticator, TrustFreshness } from '@sild/audit-domain';
import { EnvelopeVerifier, type VerifiedEnvelope } from '@sild/domain-envelope';
import type { InstanceAnchor } from '@sild/registry-config';
import type { RegistryView } from '@sild/registry-view';

/** Stored events and follow indications live long: their lifetime is not what the log judges. */
const MAX_LIFETIME_MS = 11 * 366 * 86_400_000;
/** Valid signatures remembered: an event is read again on each subscription topic it is routed to. */
const REMEMBERED_SIGNATURES = 100_000;

export class ViewAuthenticator implements EnvelopeAuthenticator, TrustFreshness {
  private judgedAt = 0;
  private readonly verifier: EnvelopeVerifier;

  constructor(
    anchor: InstanceAnchor,
    private readonly view: RegistryView,
  ) {
    this.verifier = new EnvelopeVerifier({
      trustRoot: anchor.rootPem,
      certificates: view.certificates,
      revoked: { has: (keyIdHex) => this.revokedBy(keyIdHex, this.judgedAt) },
      maxLifetimeMs: MAX_LIFETIME_MS,
      rememberSignatures: REMEMBERED_SIGNATURES,
    });
  }

  authenticateAsync(bytes: Uint8Array, now: number): Promise<VerifiedEnvelope> {
    // the revocation check runs synchronously within this call: the time is this call's
    this.judgedAt = now;
    return this.verifier.authenticateAsync(bytes, now);
  }

  knownUntilMs(): number {
    return this.view.freshness().lastHeartbeatAt?.getTime() ?? 0;
  }

  private revokedBy(keyIdHex: string, at: number): boolean {
    const certificate = this.view.certificate(keyIdHex);
    return (
      certificate?.status === 'REVOKED' &&
      (certificate.revokedAt === null || certificate.revokedAt.getTime() <= at)
    );
  }
}
