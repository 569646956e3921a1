// `sild audit verify`: checks an evidence bundle with no network and no trust in the operator:
// the checkpoints' signatures by the log key and their consistency, the certificates against the
// root, and per entry its trace, its inclusion under the last checkpoint and its record. Every
// failing item is reported with the reason; the bundle is good only if none fails.
import {
  consistencyProofFromJson,
  decodeLeaf,
  inclusionProofFromJson,
  leafHash,
  openCheckpoint,
  parseVerifierKey,
  verifyConsistency,
  verifyInclusion,
  type NoteVerifier,
  type VerifiedCheckpoint,
} from '@sild/audit-proofs';
import { EnvelopeVerifier, InMemoryCertificateDirectory } from '@sild/domain-envelope';
import { parseMemberCertificate, trustRootOf, verifyIssuedBy, type TrustRoot } from '@sild/platform-crypto';
import { parseBundle, type BundleEntry, type EvidenceBundle } from './bundle';
import { checkRecord, fromBase64, type RecordContext } from './record-check';

export interface Check {
  /** What was checked, e.g. `entry 12` or `checkpoint 1000`. */
  readonly item: string;
  readonly ok: boolean;
  /** What was verified, or why it failed. */
  readonly detail: string;
}

export interface BundleReport {
  readonly ok: boolean;
  readonly checks: readonly Check[];
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

class Checks {
  readonly list: Check[] = [];

  run<T>(item: string, check: () => { value: T; detail: string }): T | undefined {
    try {
      const { value, detail } = check();
      this.list.push({ item, ok: true, detail });
      return value;
    } catch (error) {
      this.list.push({ item, ok: false, detail: reason(error) });
      return undefined;
    }
  }

  fail(item: string, detail: string): void {
    this.list.push({ item, ok: false, detail });
  }
}

function checkpointsOf(bundle: EvidenceBundle, key: NoteVerifier, checks: Checks): VerifiedCheckpoint[] {
  const opened = bundle.checkpoints.map((note, i) =>
    checks.run(`checkpoint ${i + 1}`, () => {
      const checkpoint = openCheckpoint(note, bundle.origin, [key]);
      return { value: checkpoint, detail: `size ${checkpoint.size}, signed by ${key.name}` };
    }),
  );
  if (opened.length === 0) checks.fail('checkpoints', 'the bundle holds no checkpoint');
  const valid = opened.filter((c): c is VerifiedCheckpoint => c !== undefined);
  for (const [i, b] of valid.entries()) {
    const a = valid[i - 1];
    if (!a) continue;
    checks.run(`consistency ${a.size} -> ${b.size}`, () => {
      const json = bundle.consistency[i - 1];
      if (json === undefined) throw new Error('no consistency proof between these checkpoints');
      const proof = consistencyProofFromJson(json);
      if (proof.size1 !== a.size || proof.size2 !== b.size) throw new Error('the proof is for other sizes');
      verifyConsistency({
        size1: a.size,
        size2: b.size,
        root1: a.rootHash,
        root2: b.rootHash,
        proof: proof.hashes,
      });
      return { value: undefined, detail: 'the later checkpoint extends the earlier one' };
    });
  }
  if (bundle.consistency.length !== Math.max(0, bundle.checkpoints.length - 1)) {
    checks.fail('consistency', 'there must be one consistency proof between each two checkpoints');
  }
  return opened.length === valid.length ? valid : [];
}

export interface BundleOptions {
  /** The instance root the auditor trusts (PEM, e.g. from the anchor file): the bundle's must be it. */
  readonly trustedRootPem?: string;
}

/** The bundle's root: a self-signed CA (so no byte of it can change), the trusted one if given. */
function rootOf(pem: string, options: BundleOptions): { value: TrustRoot; detail: string } {
  const root = trustRootOf(pem);
  if (!root.x509.checkIssued(root.x509) || !root.x509.verify(root.x509.publicKey)) {
    throw new Error('the root certificate is not validly self-signed');
  }
  const fingerprint = root.x509.fingerprint256.replaceAll(':', '').toLowerCase();
  if (
    options.trustedRootPem !== undefined &&
    !trustRootOf(options.trustedRootPem).x509.raw.equals(root.x509.raw)
  ) {
    throw new Error(`the root certificate (SHA-256 ${fingerprint}) is not the trusted root`);
  }
  const trusted =
    options.trustedRootPem === undefined ? 'compare it with your instance anchor' : 'the trusted root';
  return { value: root, detail: `self-signed CA of ${root.instance}, SHA-256 ${fingerprint}: ${trusted}` };
}

function contextOf(
  bundle: EvidenceBundle,
  checks: Checks,
  options: BundleOptions,
): RecordContext | undefined {
  const root = checks.run<TrustRoot>('root certificate', () => rootOf(bundle.rootCertificate, options));
  if (!root) return undefined;
  const certificates = new InMemoryCertificateDirectory();
  for (const [keyId, pem] of Object.entries(bundle.certificates)) {
    checks.run(`certificate ${keyId}`, () => {
      const certificate = parseMemberCertificate(pem);
      if (certificate.keyIdHex !== keyId) throw new Error(`its key id is ${certificate.keyIdHex}`);
      verifyIssuedBy(certificate, root);
      certificates.add(certificate);
      return { value: undefined, detail: 'issued by the root' };
    });
  }
  const verifier = new EnvelopeVerifier({
    trustRoot: root.x509,
    certificates,
    maxLifetimeMs: Number.MAX_SAFE_INTEGER,
  });
  return { root, certificates, verifier };
}

function checkEntry(
  bundle: EvidenceBundle,
  entry: BundleEntry,
  checkpoint: VerifiedCheckpoint | undefined,
  context: RecordContext | undefined,
): string {
  const leafBytes = fromBase64(entry.leaf, 'leaf');
  const leaf = decodeLeaf(leafBytes);
  if (Buffer.from(leaf.traceId).toString('hex') !== bundle.traceId) {
    throw new Error(
      `the leaf is of trace ${Buffer.from(leaf.traceId).toString('hex')}, not ${bundle.traceId}`,
    );
  }
  if (!checkpoint) throw new Error('no verified checkpoint to check the inclusion against');
  const proof = inclusionProofFromJson(entry.inclusion);
  if (proof.leafIndex !== entry.index || proof.treeSize !== checkpoint.size) {
    throw new Error(`the inclusion proof is for leaf ${proof.leafIndex} of ${proof.treeSize}`);
  }
  verifyInclusion({
    index: entry.index,
    treeSize: checkpoint.size,
    leafHash: leafHash(leafBytes),
    proof: proof.hashes,
    root: checkpoint.rootHash,
  });
  if (!context) throw new Error('no usable root certificate to check the record against');
  return `in the log under checkpoint ${checkpoint.size}; ${checkRecord(entry.record, leaf, leafBytes, context)}`;
}

/** Verifies the text of `bundle.json`. */
export function verifyBundle(text: string, options: BundleOptions = {}): BundleReport {
  const checks = new Checks();
  const bundle = checks.run('bundle', () => ({ value: parseBundle(text), detail: 'well-formed' }));
  if (!bundle) return { ok: false, checks: checks.list };
  const key = checks.run('log key', () => {
    const verifier = parseVerifierKey(bundle.logKey);
    if (verifier.name !== bundle.origin)
      throw new Error(`the key is named ${verifier.name}, the log ${bundle.origin}`);
    return { value: verifier, detail: bundle.logKey };
  });
  const checkpoints = key ? checkpointsOf(bundle, key, checks) : [];
  const context = contextOf(bundle, checks, options);
  if (bundle.entries.length === 0) checks.fail('entries', 'the bundle holds no entry');
  const seen = new Set<number>();
  for (const entry of bundle.entries) {
    checks.run(`entry ${entry.index}`, () => {
      if (seen.has(entry.index)) throw new Error('the entry is in the bundle twice');
      seen.add(entry.index);
      return { value: undefined, detail: checkEntry(bundle, entry, checkpoints.at(-1), context) };
    });
  }
  return { ok: checks.list.every((check) => check.ok), checks: checks.list };
}
