// Test fixtures of the audit domain: an in-memory log repository with real transactions
// (staged, committed only when the work resolves), signed test envelopes and decision records.
import { EMPTY_ROOT, type NodeId, type StoredNode } from '@sild/audit-proofs';
import { DecisionOutcome, DecisionRole, MessageKind, wire, type DecisionFields } from '@sild/contracts';
import type { EnvelopeSigner } from '@sild/domain-envelope';
import {
  TEST_EPOCH,
  relocationDraft,
  relocationPayload,
  testInstance,
  testSigner,
  testVerifier,
  type TestInstance,
} from '@sild/domain-envelope/testing';
import { AuditErrorCode, auditError } from './audit.exception';
import type {
  AuditLogRepository,
  AuditLogWrite,
  LogState,
  RecordRef,
  StoredCheckpoint,
} from './audit-log.repository';
import { EntryBuilder } from './entry-builder';
import { partitionKey, recordKey, type LogEntry, type ReceivedRecord } from './log-entry';

interface LogData {
  state: LogState;
  entries: LogEntry[];
  nodes: Map<string, Uint8Array>;
  positions: Map<string, number>;
  checkpoints: StoredCheckpoint[];
  published: Set<number>;
}

const nodeKey = (level: number, index: number): string => `${level}:${index}`;

const clone = (data: LogData): LogData => ({
  state: data.state,
  entries: [...data.entries],
  nodes: new Map(data.nodes),
  positions: new Map(data.positions),
  checkpoints: [...data.checkpoints],
  published: new Set(data.published),
});

/** The log's storage in memory; `fail` makes the next write throw before it commits. */
export class InMemoryAuditLog implements AuditLogRepository {
  data: LogData = {
    state: { size: 0, root: EMPTY_ROOT },
    entries: [],
    nodes: new Map(),
    positions: new Map(),
    checkpoints: [],
    published: new Set(),
  };
  failNextWrite: Error | undefined;
  writes = 0;

  async write<T>(work: (tx: AuditLogWrite) => Promise<T>): Promise<T> {
    const staged = clone(this.data);
    const result = await work(this.transaction(staged));
    this.writes += 1;
    const failure = this.failNextWrite;
    this.failNextWrite = undefined;
    if (failure) throw failure;
    this.data = staged;
    return result;
  }

  state(): Promise<LogState> {
    return Promise.resolve(this.data.state);
  }

  latestCheckpoint(): Promise<StoredCheckpoint | undefined> {
    return Promise.resolve(this.data.checkpoints.at(-1));
  }

  unpublishedCheckpoints(): Promise<StoredCheckpoint[]> {
    return Promise.resolve(this.data.checkpoints.filter((c) => !this.data.published.has(c.size)));
  }

  markPublished(size: number): Promise<void> {
    this.data.published.add(size);
    return Promise.resolve();
  }

  nodeHashes(ids: readonly NodeId[]): Uint8Array[] {
    return nodesOf(this.data, ids);
  }

  private transaction(staged: LogData): AuditLogWrite {
    return {
      lockState: () => Promise.resolve(staged.state),
      committedState: () => Promise.resolve(this.data.state),
      appended: (records: readonly RecordRef[]) =>
        Promise.resolve(
          new Set(
            records
              .map(recordKey)
              .filter((key) => staged.entries.some((entry) => recordKey(entry.leaf) === key)),
          ),
        ),
      append: (firstIndex: number, entries: readonly LogEntry[], nodes: readonly StoredNode[]) => {
        if (firstIndex !== staged.entries.length) {
          return Promise.reject(auditError(AuditErrorCode.LOG_INCONSISTENT, `append at ${firstIndex}`));
        }
        staged.entries.push(...entries);
        for (const node of nodes) staged.nodes.set(nodeKey(node.level, node.index), node.hash);
        for (const { leaf } of entries) {
          const key = partitionKey(leaf.topic, leaf.partition);
          staged.positions.set(key, Math.max(staged.positions.get(key) ?? 0, leaf.offset + 1));
        }
        return Promise.resolve();
      },
      setState: (state: LogState) => {
        staged.state = state;
        return Promise.resolve();
      },
      latestCheckpoint: () => Promise.resolve(staged.checkpoints.at(-1)),
      addCheckpoint: (checkpoint: StoredCheckpoint) => {
        staged.checkpoints.push(checkpoint);
        return Promise.resolve();
      },
      nodeHashes: (ids: readonly NodeId[]) => nodesOf(staged, ids),
    };
  }
}

function nodesOf(data: LogData, ids: readonly NodeId[]): Uint8Array[] {
  return ids.map(({ level, index }) => {
    const hash = data.nodes.get(nodeKey(level, index));
    if (!hash)
      throw auditError(AuditErrorCode.LOG_INCONSISTENT, `node ${index} of level ${level} is not stored`);
    return hash;
  });
}

/** The decisions topic of the test instance. */
export const DECISIONS_TOPIC = 'sild.NL.decisions';
/** The event topic the test envelopes are read from. */
export const EVENT_TOPIC = 'sild.evt.NL.nl-_brp-_person-_relocated-_v1';
/** When the test records were written to Kafka (the signers sign at TEST_EPOCH). */
export const RECORD_TIME = TEST_EPOCH.getTime() + 1_000;

export interface AuditWorld extends TestInstance {
  /** The provider's signer (instance id `gateway-00000001-0`), numbering its envelopes from 1. */
  readonly signer: EnvelopeSigner;
  /** An entry builder authenticating against the world's certificates. */
  readonly builder: EntryBuilder;
}

/** A test instance (root CA, provider, municipality), a signer and an entry builder. */
export function auditWorld(): AuditWorld {
  const instance = testInstance();
  const verifier = testVerifier(instance, { maxLifetimeMs: 11 * 366 * 86_400_000 });
  return {
    ...instance,
    signer: testSigner(instance.provider),
    builder: new EntryBuilder({
      authenticator: verifier,
      decisionsTopic: DECISIONS_TOPIC,
    }),
  };
}

/** A record at `offset` of `topic` (partition 0 unless given). */
export const record = (
  value: Uint8Array | null,
  offset: number,
  topic = EVENT_TOPIC,
  partition = 0,
): ReceivedRecord => ({ topic, partition, offset: String(offset), value, timestampMs: RECORD_TIME });

/** A relocation EVENT signed by the world's provider, with the given trace id. */
export function signedEvent(world: AuditWorld, traceId = '4bf92f3577b34da6a3ce929d0e0e4736'): Uint8Array {
  return world.signer.sign(
    relocationDraft(world.provider, { traceparent: `00-${traceId}-00f067aa0ba902b7-01` }),
    relocationPayload(),
  ).bytes;
}

/** A serialized decision record about `messageId`. */
export function decisionBytes(messageId: string, overrides: Partial<DecisionFields> = {}): Uint8Array {
  return wire.Decision.encode({
    messageId,
    traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    outcome: DecisionOutcome.DECISION_OUTCOME_DELIVERED,
    role: DecisionRole.DECISION_ROLE_SUBSCRIBER,
    kind: MessageKind.MESSAGE_KIND_EVENT,
    decidedBy: { instance: 'NL', memberClass: 'MUN', memberCode: '0363', subsystem: 'burgerzaken' },
    deciderInstanceId: 'gw-client-0',
    eventType: 'nl.brp.person.relocated.v1',
    partition: 0,
    offset: 0,
    decidedAt: { seconds: Math.floor(RECORD_TIME / 1000) + 1, nanos: 0 },
    ...overrides,
  }).finish();
}
