// Test fixtures: the classic RFC 6962 test leaves, a direct (slow) transcription of the RFC
// 9162 MTH, PATH and PROOF recursions to check the fast code against, an in-memory log and a
// sample leaf record.
import { DecisionOutcome, DecisionRole, MessageKind, Reason } from '@sild/contracts';
import { CompactRange } from './compact-range';
import { EMPTY_ROOT, leafHash, nodeHash } from './hashing';
import { EnvelopeVerdict, LeafEntryType, type AuditLeaf } from './leaf-record';
import { InMemoryNodeStore } from './memory-node-store';
import { splitPoint } from './tree-math';

/** The 8 leaves of the certificate-transparency and transparency-dev/merkle tests (hex). */
export const CLASSIC_LEAVES_HEX = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
] as const;

/** MTH of the first 1..8 classic leaves (hex), as those test suites publish them. */
export const CLASSIC_ROOTS_HEX = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
] as const;

/** RFC 9162 MTH(D[n]) computed by its recursive definition. */
export function referenceRoot(leaves: readonly Uint8Array[]): Uint8Array {
  if (leaves.length === 0) return EMPTY_ROOT;
  if (leaves.length === 1) return leafHash(leaves[0] as Uint8Array);
  const k = splitPoint(leaves.length);
  return nodeHash(referenceRoot(leaves.slice(0, k)), referenceRoot(leaves.slice(k)));
}

/** RFC 9162 PATH(m, D[n]) by its recursive definition. */
export function referencePath(m: number, leaves: readonly Uint8Array[]): Uint8Array[] {
  if (leaves.length <= 1) return [];
  const k = splitPoint(leaves.length);
  return m < k
    ? [...referencePath(m, leaves.slice(0, k)), referenceRoot(leaves.slice(k))]
    : [...referencePath(m - k, leaves.slice(k)), referenceRoot(leaves.slice(0, k))];
}

function subproof(m: number, leaves: readonly Uint8Array[], whole: boolean): Uint8Array[] {
  if (m === leaves.length) return whole ? [] : [referenceRoot(leaves)];
  const k = splitPoint(leaves.length);
  return m <= k
    ? [...subproof(m, leaves.slice(0, k), whole), referenceRoot(leaves.slice(k))]
    : [...subproof(m - k, leaves.slice(k), false), referenceRoot(leaves.slice(0, k))];
}

/** RFC 9162 PROOF(m, D[n]) by its recursive definition. */
export const referenceConsistency = (m: number, leaves: readonly Uint8Array[]): Uint8Array[] =>
  subproof(m, leaves, true);

/** `count` distinct leaves: leaf i is the 4-byte big-endian encoding of i. */
export const numberedLeaves = (count: number): Uint8Array[] =>
  Array.from({ length: count }, (_, i) => {
    const leaf = Buffer.alloc(4);
    leaf.writeUInt32BE(i);
    return leaf;
  });

/** A log in memory holding `leaves`: its tree state and its node store. */
export function memoryLog(leaves: readonly Uint8Array[]): { range: CompactRange; store: InMemoryNodeStore } {
  const range = CompactRange.empty();
  const store = new InMemoryNodeStore();
  for (const leaf of leaves) store.put(range.append(leafHash(leaf)));
  return { range, store };
}

/** A fully populated envelope leaf record. */
export const sampleLeaf = (overrides: Partial<AuditLeaf> = {}): AuditLeaf => ({
  entryType: LeafEntryType.ENVELOPE,
  kind: MessageKind.MESSAGE_KIND_REQUEST,
  verdict: EnvelopeVerdict.INVALID,
  outcome: DecisionOutcome.DECISION_OUTCOME_UNSPECIFIED,
  role: DecisionRole.DECISION_ROLE_UNSPECIFIED,
  reason: Reason.REASON_CERT_EXPIRED,
  recordSha256: new Uint8Array(32).fill(0xaa),
  envelopeSha256: new Uint8Array(32).fill(0xaa),
  traceId: new Uint8Array(16).fill(0x4b),
  createdAtMs: 1_767_225_600_123,
  partition: 5,
  offset: 1_234_567_890_123,
  senderSequence: 42,
  messageId: '0196f0e2-7b1a-7c3d-8e4f-0123456789ab',
  relatedMessageId: '',
  correlationId: '0196f0e2-7b1a-7c3d-8e4f-0123456789aa',
  sender: 'NL/MUN/0363/burgerzaken',
  recipient: 'NL/GOV/00000001/brp/person/v1',
  service: 'NL/GOV/00000001/brp/person/v1',
  topic: 'sild.NL.requests.GOV.00000001',
  instanceId: 'gateway-0363-a',
  subjectKey: '',
  purpose: 'relocation-2026/17 (ä, ✓)',
  onBehalfOf: 'employee-17',
  decidedBy: '',
  ...overrides,
});
