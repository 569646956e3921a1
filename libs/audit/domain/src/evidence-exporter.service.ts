// Builds the evidence bundle of a trace (docs/auditing.md, "Evidence bundles"): its entries under
// the latest checkpoint with inclusion proofs, what the log kept of each record, the signer
// certificates and the root, the checkpoints and the consistency proofs between them.
import {
  consistencyProof,
  consistencyProofToJson,
  inclusionProof,
  inclusionProofToJson,
} from '@sild/audit-proofs';
import {
  BUNDLE_FORMAT,
  frameOf,
  type BundleEntry,
  type BundleRecord,
  type EvidenceBundle,
} from '@sild/audit-evidence';
import { AuditErrorCode, auditError } from './audit.exception';
import type { StoredCheckpoint } from './audit-log.repository';
import type { AuditQueryRepository, EntryEvidence, EntryRecord } from './audit-query.repository';
import { MAX_TRACE_ENTRIES } from './audit-queries.service';
import type { PayloadSealer } from './payload-sealer';
import type { Principal } from './principal';
import { sizeOf, traceIdOf } from './query-input';

/** Certificates for bundles: the instance root and signer certificates by key id (PEM). */
export interface CertificateSource {
  readonly rootPem: string;
  pemOf(keyIdHex: string): string | undefined;
}

export interface ExporterOptions {
  readonly origin: string;
  readonly verifierKey: string;
  readonly certificates: CertificateSource;
  readonly sealer?: PayloadSealer;
}

export interface ExportResult {
  readonly bundle: EvidenceBundle;
  /** Entries of the trace no checkpoint covers yet (left out). */
  readonly uncovered: number;
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

export class EvidenceExporter {
  constructor(
    private readonly repository: AuditQueryRepository,
    private readonly options: ExporterOptions,
  ) {}

  async export(principal: Principal, traceId: string, knownSize: number): Promise<ExportResult> {
    const id = traceIdOf(traceId);
    const latest = await this.repository.latestCheckpoint();
    if (!latest) throw auditError(AuditErrorCode.FAILED_PRECONDITION, 'the log has signed no checkpoint yet');
    const all = (await this.repository.byTrace(id, MAX_TRACE_ENTRIES)).sort((a, b) => a.index - b.index);
    const entries = all.filter((entry) => entry.index < latest.size);
    if (entries.length === 0) {
      throw auditError(
        AuditErrorCode.NOT_FOUND,
        all.length === 0 ? `no entry of trace ${id}` : `no entry of trace ${id} is under a checkpoint yet`,
      );
    }
    const checkpoints = await this.checkpoints(latest, sizeOf(knownSize, 'known_tree_size'), entries);
    const evidence = new Map(
      (await this.repository.evidence(entries.map((e) => e.index))).map((e) => [e.index, e]),
    );
    const certificates = new Map<string, string>();
    const bundleEntries: BundleEntry[] = [];
    for (const entry of entries) {
      const record = this.recordOf(entry, evidence.get(entry.index), certificates);
      bundleEntries.push({
        index: entry.index,
        leaf: b64(entry.leafBytes),
        record,
        inclusion: inclusionProofToJson({
          leafIndex: entry.index,
          treeSize: latest.size,
          hashes: await inclusionProof(entry.index, latest.size, this.repository),
        }),
      });
    }
    const consistency = [];
    for (const [i, later] of checkpoints.entries()) {
      const earlier = checkpoints[i - 1];
      if (!earlier) continue;
      const [a, b] = [earlier.size, later.size];
      consistency.push(
        consistencyProofToJson({ size1: a, size2: b, hashes: await consistencyProof(a, b, this.repository) }),
      );
    }
    const bundle: EvidenceBundle = {
      format: BUNDLE_FORMAT,
      origin: this.options.origin,
      logKey: this.options.verifierKey,
      traceId: id,
      rootCertificate: this.options.certificates.rootPem,
      certificates: Object.fromEntries([...certificates].sort(([a], [b]) => (a < b ? -1 : 1))),
      checkpoints: checkpoints.map((checkpoint) => checkpoint.note),
      consistency,
      entries: bundleEntries,
    };
    await this.repository.recordQuery({
      principal: principal.name,
      operation: 'ExportTrace',
      parameters: { traceId: id, knownTreeSize: knownSize },
      results: bundleEntries.length,
    });
    return { bundle, uncovered: all.length - entries.length };
  }

  /** The checkpoint the auditor knows (or the first covering the trace), then the latest. */
  private async checkpoints(
    latest: StoredCheckpoint,
    knownSize: number,
    entries: readonly EntryRecord[],
  ): Promise<StoredCheckpoint[]> {
    let first: StoredCheckpoint | undefined;
    if (knownSize > 0) {
      first = await this.repository.checkpoint(knownSize);
      if (!first)
        throw auditError(AuditErrorCode.NOT_FOUND, `the log signed no checkpoint of ${knownSize} entries`);
      if (first.size > latest.size)
        throw auditError(AuditErrorCode.INVALID_ARGUMENT, 'known_tree_size is not signed yet');
    } else {
      first = await this.repository.firstCheckpointCovering((entries.at(-1)?.index ?? 0) + 1);
    }
    return first && first.size < latest.size ? [first, latest] : [latest];
  }

  private recordOf(
    entry: EntryRecord,
    evidence: EntryEvidence | undefined,
    certificates: Map<string, string>,
  ): BundleRecord {
    const keep = (keyId: Uint8Array | undefined): void => {
      const hex = keyId ? Buffer.from(keyId).toString('hex') : '';
      const pem = hex === '' ? undefined : this.options.certificates.pemOf(hex);
      if (pem) certificates.set(hex, pem);
    };
    if (evidence?.sealedRecord && this.options.sealer) {
      const bytes = this.options.sealer.open(evidence.sealedRecord, entry.leaf.recordSha256);
      keep(frameOf(bytes)?.keyId);
      return { kind: 'envelope', bytes: b64(bytes) };
    }
    if (evidence?.envelope) {
      const { header, algorithm, keyId, signature } = evidence.envelope;
      keep(keyId);
      return {
        kind: 'envelope-parts',
        header: b64(header),
        algorithm,
        keyId: b64(keyId),
        signature: b64(signature),
      };
    }
    if (evidence?.decisionRecord) return { kind: 'decision', bytes: b64(evidence.decisionRecord) };
    return { kind: 'none' };
  }
}
