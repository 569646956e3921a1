import { resolve } from 'node:path';
import type { SqlClient, SqlDatabase } from '@sild/platform-database';
import {
  clientKey,
  encodeConfigRecord,
  entityKey as encodeEntityKey,
  type Certificate,
  type ClientRef,
  type RegistryState,
  type ServiceRef,
} from '@sild/registry-config';
import type { ManagementRecord, RegistryRepository, RegistryUnitOfWork } from '@sild/registry-domain';
import * as r from './rows';

/** SQL migrations of the registry schema (apply with runMigrations, component "registry"). */
export const REGISTRY_MIGRATIONS = resolve(import.meta.dirname, '../migrations');

/** One lock for every registry write: versions are taken and committed in order. */
const WRITER_LOCK = 'select pg_advisory_xact_lock(7305914411652288433)';

const INSERT_MANAGEMENT =
  'insert into management_requests (message_id, sender, action, outcome, reason, version) values ($1, $2, $3, $4, $5, $6)';
const managementParams = (m: ManagementRecord) => [
  m.messageId,
  m.sender,
  m.action,
  m.outcome,
  m.reason,
  m.version ?? null,
];

const CLIENT = 'instance = $1 and member_class = $2 and member_code = $3 and subsystem_code = $4';
const MEMBER = 'instance = $1 and member_class = $2 and member_code = $3';
const SERVICE = `${CLIENT} and service_code = $5 and service_version = $6`;

/** The registry's tables in PostgreSQL (or PGlite). */
export class SqlRegistryRepository implements RegistryRepository {
  constructor(private readonly db: SqlDatabase) {}

  transaction<T>(fn: (uow: RegistryUnitOfWork) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      await tx.query(WRITER_LOCK);
      return fn(unitOfWork(tx));
    });
  }

  findCertificate(keyId: string): Promise<Certificate | undefined> {
    return this.one('select * from certificates where key_id = $1', [keyId], r.certificateOfRow);
  }

  findManagementRequest(messageId: string): Promise<ManagementRecord | undefined> {
    return this.one(
      'select * from management_requests where message_id = $1',
      [messageId],
      r.managementOfRow,
    );
  }

  async recordRejectedRequest(record: ManagementRecord): Promise<void> {
    await this.db.query(`${INSERT_MANAGEMENT} on conflict (message_id) do nothing`, managementParams(record));
  }

  private async one<T>(
    sql: string,
    params: readonly unknown[],
    map: (row: r.Row) => T,
  ): Promise<T | undefined> {
    const { rows } = await this.db.query(sql, params);
    return rows[0] === undefined ? undefined : map(rows[0]);
  }

  loadState(): Promise<RegistryState> {
    return this.db.transaction(async (tx) => {
      await tx.query('set transaction isolation level repeatable read');
      const all = async <T>(sql: string, map: (row: r.Row) => T) => (await tx.query(sql)).rows.map(map);
      const [version] = await all('select coalesce(max(version), 0)::text as v from config_outbox', (row) =>
        String(row['v']),
      );
      return {
        version: version ?? '0',
        members: await all(
          'select * from members order by instance, member_class, member_code',
          r.memberOfRow,
        ),
        subsystems: await all(
          'select * from subsystems order by instance, member_class, member_code, subsystem_code',
          r.subsystemOfRow,
        ),
        services: await all(
          'select * from services order by instance, member_class, member_code, subsystem_code, service_code, service_version',
          r.serviceOfRow,
        ),
        eventTypes: await all('select * from event_types order by name', r.eventTypeOfRow),
        grants: await all('select * from grants order by valid_from, id', r.grantOfRow),
        subscriptions: await all('select * from subscriptions order by created_at, id', r.subscriptionOfRow),
        certificates: await all('select * from certificates order by key_id', r.certificateOfRow),
        trustAnchors: await all('select * from trust_anchors order by key_id', r.trustAnchorOfRow),
      };
    });
  }
}

function unitOfWork(tx: SqlClient): RegistryUnitOfWork {
  const one = async <T>(
    sql: string,
    params: readonly unknown[],
    map: (row: r.Row) => T,
  ): Promise<T | undefined> => {
    const { rows } = await tx.query(sql, params);
    return rows[0] === undefined ? undefined : map(rows[0]);
  };
  const run = async (sql: string, params: readonly unknown[]) => {
    await tx.query(sql, params);
  };
  return {
    findMember: (id: ClientRef) =>
      one(`select * from members where ${MEMBER}`, r.clientParams(id).slice(0, 3), r.memberOfRow),
    findSubsystem: (id) =>
      one(`select * from subsystems where ${CLIENT}`, r.clientParams(id), r.subsystemOfRow),
    findService: (id: ServiceRef) =>
      one(`select * from services where ${SERVICE}`, r.serviceParams(id), r.serviceOfRow),
    findEventType: (name) => one('select * from event_types where name = $1', [name], r.eventTypeOfRow),
    findGrant: (id) => one('select * from grants where id::text = $1', [id], r.grantOfRow),
    findActiveGrant: (client, service) =>
      one(
        `select * from grants where status = 'ACTIVE' and client_instance = $7 and client_member_class = $8
           and client_member_code = $9 and client_subsystem_code = $10 and ${SERVICE}`,
        [...r.serviceParams(service), ...r.clientParams(client)],
        r.grantOfRow,
      ),
    findSubscription: (id) =>
      one('select * from subscriptions where id::text = $1', [id], r.subscriptionOfRow),
    findOpenSubscription: (subscriber, eventType) =>
      one(
        `select * from subscriptions where ${CLIENT} and event_type = $5 and status in ('REQUESTED', 'APPROVED')`,
        [...r.clientParams(subscriber), eventType],
        r.subscriptionOfRow,
      ),
    findCertificate: (keyId) =>
      one('select * from certificates where key_id = $1', [keyId], r.certificateOfRow),
    listTrustAnchors: async () =>
      (await tx.query('select * from trust_anchors order by created_at')).rows.map(r.trustAnchorOfRow),

    insertTrustAnchor: (a) =>
      run('insert into trust_anchors (key_id, instance, certificate_der) values ($1, $2, $3)', [
        a.keyId,
        a.instance,
        a.certificateDer,
      ]),
    insertMember: (m) =>
      run(
        'insert into members (instance, member_class, member_code, name, created_at) values ($1, $2, $3, $4, $5)',
        [...r.clientParams(m.id).slice(0, 3), m.name, m.createdAt],
      ),
    insertSubsystem: (s) =>
      run(
        'insert into subsystems (instance, member_class, member_code, subsystem_code, created_at) values ($1, $2, $3, $4, $5)',
        [...r.clientParams(s.id), s.createdAt],
      ),
    insertService: (s) =>
      run(
        `insert into services (instance, member_class, member_code, subsystem_code, service_code, service_version,
           description, endpoint_kind, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [...r.serviceParams(s.id), s.description, s.endpointKind, s.createdAt],
      ),
    insertEventType: (e) =>
      run(
        `insert into event_types (name, instance, member_class, member_code, subsystem_code, payload_type,
           descriptor_set, partition_key_rule, description, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          e.name,
          ...r.clientParams(e.owner),
          e.payloadType,
          e.descriptorSet,
          e.partitionKeyRule,
          e.description,
          e.createdAt,
        ],
      ),
    saveGrant: (g) =>
      run(
        `insert into grants (id, instance, member_class, member_code, subsystem_code, service_code, service_version,
           client_instance, client_member_class, client_member_code, client_subsystem_code,
           purpose, valid_from, valid_until, status, revoked_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
         on conflict (id) do update set status = excluded.status, revoked_at = excluded.revoked_at,
           valid_until = excluded.valid_until`,
        [
          g.id,
          ...r.serviceParams(g.service),
          ...r.clientParams(g.client),
          g.purpose,
          g.validFrom,
          g.validUntil,
          g.status,
          g.revokedAt,
        ],
      ),
    saveSubscription: (s) =>
      run(
        `insert into subscriptions (id, instance, member_class, member_code, subsystem_code, event_type, filter_json,
           purpose, status, decided_by, decided_at, reason, created_at, approved_filter_json, include_followed)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         on conflict (id) do update set status = excluded.status, decided_by = excluded.decided_by,
           decided_at = excluded.decided_at, reason = excluded.reason,
           approved_filter_json = excluded.approved_filter_json`,
        [
          s.id,
          ...r.clientParams(s.subscriber),
          s.eventType,
          s.filterJson,
          s.purpose,
          s.status,
          s.decidedBy ? clientKey(s.decidedBy) : null,
          s.decidedAt,
          s.reason,
          s.createdAt,
          s.approvedFilterJson,
          s.includeFollowed,
        ],
      ),
    saveCertificate: (c) =>
      run(
        `insert into certificates (key_id, instance, member_class, member_code, certificate_der, status, not_before,
           not_after, revoked_at, revocation_reason) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         on conflict (key_id) do update set status = excluded.status, revoked_at = excluded.revoked_at,
           revocation_reason = excluded.revocation_reason`,
        [
          c.keyId,
          ...r.clientParams(c.member).slice(0, 3),
          c.certificateDer,
          c.status,
          c.notBefore,
          c.notAfter,
          c.revokedAt,
          c.revocationReason,
        ],
      ),
    recordManagementRequest: (record) => run(INSERT_MANAGEMENT, managementParams(record)),
    appendConfigRecord: async (change, changedAt) => {
      const { rows } = await tx.query<{ v: string }>(
        "select nextval('config_outbox_version_seq')::text as v",
      );
      const version = rows[0]?.v ?? '0';
      await tx.query(
        'insert into config_outbox (version, entity_key, record, created_at) values ($1, $2, $3, $4)',
        [version, encodeEntityKey(change), encodeConfigRecord(version, change, changedAt), changedAt],
      );
      return version;
    },
  };
}
