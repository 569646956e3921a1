// Answers in the shape of sild.audit.v1 messages, for both edges: gRPC (bytes as Buffers,
// timestamps as {seconds, nanos}) and REST (the protobuf JSON mapping: bytes in base64,
// timestamps as RFC 3339 text).
import { DecisionOutcome, DecisionRole, MessageKind, Reason } from '@sild/contracts';
import type {
  CompletenessReport,
  ConsistencyAnswer,
  EntryPage,
  EntryRecord,
  InclusionAnswer,
  StoredCheckpoint,
} from '@sild/audit-domain';

const ENTRY_TYPES = ['ENTRY_TYPE_UNSPECIFIED', 'ENTRY_TYPE_ENVELOPE', 'ENTRY_TYPE_DECISION'];
const VERDICTS = ['VERDICT_UNSPECIFIED', 'VERDICT_VALID', 'VERDICT_INVALID'];

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const isZero = (bytes: Uint8Array): boolean => bytes.every((byte) => byte === 0);

export function entryObject({ index, leaf: l, leafBytes, refusal, appendedAt }: EntryRecord) {
  return {
    index,
    leaf: leafBytes,
    entryType: ENTRY_TYPES[l.entryType],
    kind: MessageKind[l.kind],
    verdict: VERDICTS[l.verdict],
    outcome: DecisionOutcome[l.outcome],
    role: DecisionRole[l.role],
    reason: Reason[l.reason],
    recordSha256: l.recordSha256,
    envelopeSha256: isZero(l.envelopeSha256) ? new Uint8Array(0) : l.envelopeSha256,
    traceId: isZero(l.traceId) ? '' : hex(l.traceId),
    createdAt: l.createdAtMs === 0 ? null : new Date(l.createdAtMs),
    topic: l.topic,
    partition: l.partition,
    offset: l.offset,
    senderSequence: l.senderSequence,
    messageId: l.messageId,
    relatedMessageId: l.relatedMessageId,
    correlationId: l.correlationId,
    sender: l.sender,
    recipient: l.recipient,
    service: l.service,
    instanceId: l.instanceId,
    subjectKey: l.subjectKey,
    purpose: l.purpose,
    onBehalfOf: l.onBehalfOf,
    decidedBy: l.decidedBy,
    refusal: refusal ?? '',
    appendedAt,
  };
}

export const pageObject = (page: EntryPage) => ({
  entries: page.entries.map(entryObject),
  nextPageToken: page.nextPageToken,
});

export const checkpointObject = (checkpoint: StoredCheckpoint, origin: string, verifierKey: string) => ({
  origin,
  size: checkpoint.size,
  rootHash: checkpoint.root,
  note: checkpoint.note,
  signedAt: checkpoint.signedAt,
  verifierKey,
});

export const inclusionObject = ({ entry, checkpoint, hashes }: InclusionAnswer) => ({
  leafIndex: entry.index,
  treeSize: checkpoint.size,
  hashes,
  leaf: entry.leafBytes,
  checkpoint: checkpoint.note,
});

export const consistencyObject = ({ first, second, hashes }: ConsistencyAnswer) => ({
  size1: first.size,
  size2: second.size,
  hashes,
  checkpoint1: first.note,
  checkpoint2: second.note,
});

export const completenessObject = (report: CompletenessReport) => ({
  logSize: report.logSize,
  senders: report.senders,
  decisionsWithoutEnvelope: report.decisionsWithoutEnvelope.map(entryObject),
  envelopesWithoutDecision: report.envelopesWithoutDecision.map(entryObject),
});

/** Converts dates and bytes for one edge; nulls are left out (proto3 defaults). */
export function forEdge(value: unknown, edge: 'grpc' | 'json'): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) {
    return edge === 'json'
      ? value.toISOString()
      : { seconds: Math.floor(value.getTime() / 1000), nanos: (value.getTime() % 1000) * 1_000_000 };
  }
  if (value instanceof Uint8Array)
    return edge === 'json' ? Buffer.from(value).toString('base64') : Buffer.from(value);
  if (Array.isArray(value)) return value.map((item) => forEdge(item, edge));
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .map(([key, item]) => [key, forEdge(item, edge)] as const)
        .filter(([, item]) => item !== undefined),
    );
  }
  return value;
}
