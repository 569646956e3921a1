import { randomUUID } from 'node:crypto';
import { keyIdHex, keyIdOf, trustRootOf } from '@sild/platform-crypto';
import {
  alreadyExists,
  clientKey,
  eventTypeNameOf,
  invalid,
  memberIdOf,
  memberRef,
  notFound,
  optionalText,
  precondition,
  requiredText,
  serviceKey,
  serviceRef,
  subsystemRef,
  type Certificate,
  type ConfigChange,
  type EndpointKind,
  type EventType,
  type Grant,
  type Member,
  type RegistryState,
  type Service,
  type Subscription,
  type Subsystem,
  type TrustAnchor,
} from '@sild/registry-config';
import { requireOperator, requireOwner, type Actor } from './actor';
import { requiredBytes, verifiedCertificate } from './certificates';
import { assertMayDecide } from './subscription-rules';
import { parseDecision, parseEndpointKind, parseFilter, parseValidUntil } from './inputs';
import type { RegistryRepository, RegistryUnitOfWork } from './registry.repository';
import type * as In from './registry.inputs';

/**
 * The registry's use cases. Each change is validated, authorized, applied and queued for
 * publication in one transaction: it happens entirely or not at all.
 */
export class RegistryService {
  constructor(
    private readonly repository: RegistryRepository,
    private readonly clock: () => Date = () => new Date(),
    private readonly newId: () => string = randomUUID,
  ) {}

  state(): Promise<RegistryState> {
    return this.repository.loadState();
  }

  async addTrustAnchor(input: In.AddTrustAnchor, actor: Actor): Promise<TrustAnchor> {
    requireOperator(actor, 'add trust anchors');
    const der = requiredBytes('certificate_der', input.certificateDer);
    let anchor: TrustAnchor;
    try {
      const root = trustRootOf(der);
      anchor = {
        keyId: keyIdHex(keyIdOf(der)),
        instance: root.instance,
        certificateDer: Buffer.from(root.x509.raw),
      };
    } catch (error) {
      throw invalid('certificate_der', error instanceof Error ? error.message : 'not a root certificate');
    }
    return this.change(actor, async (uow) => {
      if ((await uow.listTrustAnchors()).some((a) => a.keyId === anchor.keyId))
        throw alreadyExists(`trust anchor ${anchor.keyId}`);
      await uow.insertTrustAnchor(anchor);
      return [anchor, { kind: 'trustAnchor', value: anchor }];
    });
  }

  async addMember(input: In.AddMember, actor: Actor): Promise<Member> {
    requireOperator(actor, 'register members');
    const member: Member = {
      id: memberRef('id', input.id),
      name: requiredText('name', input.name, 200),
      createdAt: this.clock(),
    };
    return this.change(actor, async (uow) => {
      if (await uow.findMember(member.id)) throw alreadyExists(`member ${clientKey(member.id)}`);
      await uow.insertMember(member);
      return [member, { kind: 'member', value: member }];
    });
  }

  async addSubsystem(input: In.AddSubsystem, actor: Actor): Promise<Subsystem> {
    const subsystem: Subsystem = { id: subsystemRef('id', input.id), createdAt: this.clock() };
    requireOwner(actor, subsystem.id, `add subsystem ${clientKey(subsystem.id)}`);
    return this.change(actor, async (uow) => {
      if (!(await uow.findMember(memberIdOf(subsystem.id))))
        throw notFound(`member ${clientKey(memberIdOf(subsystem.id))}`);
      if (await uow.findSubsystem(subsystem.id)) throw alreadyExists(`subsystem ${clientKey(subsystem.id)}`);
      await uow.insertSubsystem(subsystem);
      return [subsystem, { kind: 'subsystem', value: subsystem }];
    });
  }

  async addService(input: In.AddService, actor: Actor): Promise<Service> {
    const service: Service = {
      id: serviceRef('id', input.id),
      description: optionalText('description', input.description),
      endpointKind: parseEndpointKind(input.endpointKind) satisfies EndpointKind,
      createdAt: this.clock(),
    };
    requireOwner(actor, service.id.provider, `add service ${serviceKey(service.id)}`);
    return this.change(actor, async (uow) => {
      if (!(await uow.findSubsystem(service.id.provider)))
        throw notFound(`subsystem ${clientKey(service.id.provider)}`);
      if (await uow.findService(service.id)) throw alreadyExists(`service ${serviceKey(service.id)}`);
      await uow.insertService(service);
      return [service, { kind: 'service', value: service }];
    });
  }

  async addEventType(input: In.AddEventType, actor: Actor): Promise<EventType> {
    const source = input.eventType ?? {};
    const descriptor =
      source.descriptorSet && source.descriptorSet.length > 0 ? Buffer.from(source.descriptorSet) : null;
    const eventType: EventType = {
      name: eventTypeNameOf('event_type.name', source.name),
      owner: subsystemRef('event_type.owner', source.owner),
      payloadType: requiredText('event_type.payload_type', source.payloadType, 300),
      descriptorSet: descriptor,
      partitionKeyRule:
        optionalText('event_type.partition_key_rule', source.partitionKeyRule, 100) || 'subject_key',
      description: optionalText('event_type.description', source.description),
      createdAt: this.clock(),
    };
    requireOwner(actor, eventType.owner, `add event type ${eventType.name}`);
    return this.change(actor, async (uow) => {
      if (!(await uow.findSubsystem(eventType.owner)))
        throw notFound(`subsystem ${clientKey(eventType.owner)}`);
      if (await uow.findEventType(eventType.name)) throw alreadyExists(`event type ${eventType.name}`);
      await uow.insertEventType(eventType);
      return [eventType, { kind: 'eventType', value: eventType }];
    });
  }

  async addGrant(input: In.AddGrant, actor: Actor): Promise<Grant> {
    const now = this.clock();
    const grant: Grant = {
      id: this.newId(),
      client: subsystemRef('client', input.client),
      service: serviceRef('service', input.service),
      purpose: requiredText('purpose', input.purpose),
      validFrom: now,
      validUntil: parseValidUntil(input.validUntil, now),
      status: 'ACTIVE',
      revokedAt: null,
    };
    requireOwner(actor, grant.service.provider, `grant access to ${serviceKey(grant.service)}`);
    return this.change(actor, async (uow) => {
      if (!(await uow.findService(grant.service))) throw notFound(`service ${serviceKey(grant.service)}`);
      if (!(await uow.findSubsystem(grant.client))) throw notFound(`subsystem ${clientKey(grant.client)}`);
      if (await uow.findActiveGrant(grant.client, grant.service)) {
        throw alreadyExists(`active grant of ${serviceKey(grant.service)} to ${clientKey(grant.client)}`);
      }
      await uow.saveGrant(grant);
      return [grant, { kind: 'grant', value: grant }];
    });
  }

  async revokeGrant(input: In.RevokeGrant, actor: Actor): Promise<Grant> {
    const id = requiredText('id', input.id, 100);
    return this.change(actor, async (uow) => {
      const grant = await uow.findGrant(id);
      if (!grant) throw notFound(`grant ${id}`);
      requireOwner(actor, grant.service.provider, `revoke grant ${id}`);
      if (grant.status === 'REVOKED') throw precondition(`grant ${id} is already revoked`);
      const revoked: Grant = { ...grant, status: 'REVOKED', revokedAt: this.clock() };
      await uow.saveGrant(revoked);
      return [revoked, { kind: 'grant', value: revoked }];
    });
  }

  async requestSubscription(input: In.RequestSubscription, actor: Actor): Promise<Subscription> {
    const subscription: Subscription = {
      id: this.newId(),
      subscriber: subsystemRef('subscriber', input.subscriber),
      eventType: eventTypeNameOf('event_type', input.eventType),
      filterJson: parseFilter(input.filterJson),
      approvedFilterJson: '',
      includeFollowed: input.includeFollowed === true,
      purpose: requiredText('purpose', input.purpose),
      status: 'REQUESTED',
      decidedBy: null,
      decidedAt: null,
      reason: '',
      createdAt: this.clock(),
    };
    requireOwner(actor, subscription.subscriber, `subscribe for ${clientKey(subscription.subscriber)}`);
    return this.change(actor, async (uow) => {
      if (!(await uow.findEventType(subscription.eventType)))
        throw notFound(`event type ${subscription.eventType}`);
      if (!(await uow.findSubsystem(subscription.subscriber)))
        throw notFound(`subsystem ${clientKey(subscription.subscriber)}`);
      if (await uow.findOpenSubscription(subscription.subscriber, subscription.eventType)) {
        throw alreadyExists(
          `open subscription of ${clientKey(subscription.subscriber)} to ${subscription.eventType}`,
        );
      }
      await uow.saveSubscription(subscription);
      return [subscription, { kind: 'subscription', value: subscription }];
    });
  }

  async decideSubscription(input: In.DecideSubscription, actor: Actor): Promise<Subscription> {
    const id = requiredText('id', input.id, 100);
    const decision = parseDecision(input.decision);
    const decidedBy = subsystemRef('decided_by', input.decidedBy);
    const reason = optionalText('reason', input.reason);
    const approvedFilterJson = parseFilter(input.approvedFilterJson ?? '', 'approved_filter_json');
    requireOwner(actor, decidedBy, `decide as ${clientKey(decidedBy)}`);
    return this.change(actor, async (uow) => {
      const subscription = await uow.findSubscription(id);
      if (!subscription) throw notFound(`subscription ${id}`);
      const eventType = await uow.findEventType(subscription.eventType);
      if (!eventType) throw notFound(`event type ${subscription.eventType}`);
      assertMayDecide(subscription, eventType, decision, decidedBy);
      const decided: Subscription = {
        ...subscription,
        status: decision,
        decidedBy,
        decidedAt: this.clock(),
        reason,
        // the bound is set when approving; other decisions keep the last approved one
        ...(decision === 'APPROVED' ? { approvedFilterJson } : {}),
      };
      await uow.saveSubscription(decided);
      return [decided, { kind: 'subscription', value: decided }];
    });
  }

  async registerCertificate(input: In.RegisterCertificate, actor: Actor): Promise<Certificate> {
    requireOperator(actor, 'register certificates');
    const der = requiredBytes('certificate_der', input.certificateDer);
    return this.change(actor, async (uow) => {
      const certificate = verifiedCertificate(der, await uow.listTrustAnchors());
      if (!(await uow.findMember(certificate.member)))
        throw notFound(`member ${clientKey(certificate.member)}`);
      if (await uow.findCertificate(certificate.keyId))
        throw alreadyExists(`certificate ${certificate.keyId}`);
      await uow.saveCertificate(certificate);
      return [certificate, { kind: 'certificate', value: certificate }];
    });
  }

  async revokeCertificate(input: In.RevokeCertificate, actor: Actor): Promise<Certificate> {
    const keyId = requiredText('key_id', input.keyId, 64).toLowerCase();
    const reason = optionalText('reason', input.reason, 100) || 'unspecified';
    return this.change(actor, async (uow) => {
      const certificate = await uow.findCertificate(keyId);
      if (!certificate) throw notFound(`certificate ${keyId}`);
      requireOwner(actor, certificate.member, `revoke certificate ${keyId}`);
      if (certificate.status === 'REVOKED') throw precondition(`certificate ${keyId} is already revoked`);
      const revokedAt = input.revokedAt ?? this.clock();
      const revoked: Certificate = { ...certificate, status: 'REVOKED', revokedAt, revocationReason: reason };
      await uow.saveCertificate(revoked);
      return [revoked, { kind: 'certificate', value: revoked }];
    });
  }

  /** Applies a change, queues its record and, for a member's request, records it: one transaction. */
  private change<T>(actor: Actor, fn: (uow: RegistryUnitOfWork) => Promise<[T, ConfigChange]>): Promise<T> {
    return this.repository.transaction(async (uow) => {
      const [result, change] = await fn(uow);
      const version = await uow.appendConfigRecord(change, this.clock());
      if (actor.kind === 'member' && actor.request) {
        await uow.recordManagementRequest({
          ...actor.request,
          sender: clientKey(actor.member),
          outcome: 'APPLIED',
          reason: '',
          version,
        });
      }
      return result;
    });
  }
}
