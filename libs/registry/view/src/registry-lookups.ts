import {
  clientKey,
  memberIdOf,
  serviceKey,
  type Certificate,
  type ClientRef,
  type EventType,
  type Grant,
  type Member,
  type RegistryState,
  type Service,
  type ServiceRef,
  type Subscription,
  type Subsystem,
} from '@sild/registry-config';
import { RegistryViewErrorCode, RegistryViewException } from './registry-view.exception';
import { RegistryStateStore } from './registry-state.store';
import { ViewCertificateDirectory } from './view-certificate-directory';

/**
 * The in-memory questions a view answers (no I/O). They refuse to answer (NOT_STARTED) until the
 * view has caught up once: a half-read configuration could say "not revoked" about a revoked key.
 */
export abstract class RegistryLookups {
  protected readonly store = new RegistryStateStore();
  /** Parsed certificates by key id, for EnvelopeVerifier (`certificates` option). */
  readonly certificates = new ViewCertificateDirectory((keyId) => this.certificate(keyId));
  /** Key ids whose certificate is revoked now, for EnvelopeVerifier (`revoked` option). */
  readonly revoked = {
    has: (keyIdHex: string): boolean => {
      const certificate = this.certificate(keyIdHex);
      return (
        certificate?.status === 'REVOKED' &&
        (certificate.revokedAt === null || certificate.revokedAt.getTime() <= this.clock())
      );
    },
  };

  protected constructor(protected readonly clock: () => number) {}

  protected abstract get answering(): boolean;

  /** The configuration version applied (decimal: versions are 64-bit). */
  get version(): string {
    return this.store.version.toString();
  }

  state(): RegistryState {
    return this.guarded().state();
  }

  member(id: ClientRef): Member | undefined {
    return this.guarded().members.get(clientKey(memberIdOf(id)));
  }

  subsystem(id: ClientRef): Subsystem | undefined {
    return this.guarded().subsystems.get(clientKey(id));
  }

  service(id: ServiceRef): Service | undefined {
    return this.guarded().services.get(serviceKey(id));
  }

  eventType(name: string): EventType | undefined {
    return this.guarded().eventTypes.get(name);
  }

  grant(id: string): Grant | undefined {
    return this.guarded().grants.get(id);
  }

  /** The grant that lets `client` call `service` at `at`: ACTIVE, validFrom <= at < validUntil. */
  activeGrant(client: ClientRef, service: ServiceRef, at: Date = new Date(this.clock())): Grant | undefined {
    const time = at.getTime();
    for (const grant of this.guarded().grantsOf(client, service)) {
      if (
        grant.status === 'ACTIVE' &&
        grant.validFrom.getTime() <= time &&
        (grant.validUntil === null || time < grant.validUntil.getTime())
      ) {
        return grant;
      }
    }
    return undefined;
  }

  subscription(id: string): Subscription | undefined {
    return this.guarded().subscriptions.get(id);
  }

  /** Approved subscriptions to `eventType` (filters not applied: the router does that). */
  approvedSubscriptions(eventType: string): Subscription[] {
    return [...this.guarded().subscriptionsOf(eventType)].filter((s) => s.status === 'APPROVED');
  }

  /** The registered certificate with this key id (any status). */
  certificate(keyIdHex: string): Certificate | undefined {
    return this.guarded().certificates.get(keyIdHex);
  }

  private guarded(): RegistryStateStore {
    if (!this.answering) {
      throw new RegistryViewException(
        RegistryViewErrorCode.NOT_STARTED,
        'registry view has not caught up yet',
      );
    }
    return this.store;
  }
}
