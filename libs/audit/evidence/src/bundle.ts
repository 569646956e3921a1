// The evidence bundle of a trace (docs/auditing.md, "Evidence bundles"): one JSON document with
// everything an auditor needs to check the trace offline. Parsing is strict: unknown, missing or
// mistyped fields are refused, naming the place.
import type { ConsistencyProofJson, InclusionProofJson } from '@sild/audit-proofs';
import { EvidenceErrorCode, EvidenceException } from './evidence.exception';

export const BUNDLE_FORMAT = 'sild-audit-bundle/v1';

/** What the log kept of an entry's record, as evidence. */
export type BundleRecord =
  /** The envelope bytes exactly as received (payload included). */
  | { readonly kind: 'envelope'; readonly bytes: string }
  /** The envelope without its payload: header bytes and signature (the payload was not kept). */
  | {
      readonly kind: 'envelope-parts';
      readonly header: string;
      readonly algorithm: number;
      readonly keyId: string;
      readonly signature: string;
    }
  /** A decision record's bytes as received. */
  | { readonly kind: 'decision'; readonly bytes: string }
  /** Nothing: bytes that were no envelope and are not kept (the leaf says MALFORMED). */
  | { readonly kind: 'none' };

export interface BundleEntry {
  readonly index: number;
  /** The leaf bytes, base64. */
  readonly leaf: string;
  readonly record: BundleRecord;
  /** Against the last checkpoint of the bundle. */
  readonly inclusion: InclusionProofJson;
}

export interface EvidenceBundle {
  readonly format: typeof BUNDLE_FORMAT;
  readonly origin: string;
  /** The log's verifier key, `<name>+<key id>+<base64 key>`. */
  readonly logKey: string;
  readonly traceId: string;
  /** The instance root CA certificate, PEM. */
  readonly rootCertificate: string;
  /** Signer certificates (PEM) by key id (lower-case hex SHA-256 of the DER). */
  readonly certificates: Readonly<Record<string, string>>;
  /** Signed checkpoint notes, by increasing size; inclusion proofs are against the last one. */
  readonly checkpoints: readonly string[];
  /** Consistency proofs from each checkpoint to the next. */
  readonly consistency: readonly ConsistencyProofJson[];
  readonly entries: readonly BundleEntry[];
}

/** The bundle as written to `bundle.json`. */
export const bundleText = (bundle: EvidenceBundle): string => `${JSON.stringify(bundle, null, 2)}\n`;

const malformed = (where: string, what: string): EvidenceException =>
  new EvidenceException(EvidenceErrorCode.BUNDLE_MALFORMED, `${where}: ${what}`);

type Json = Record<string, unknown>;

function plainObject(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw malformed(where, 'must be an object');
  return value as Json;
}

/** `value` as an object with exactly these fields. */
export function objectOf(value: unknown, where: string, fields: readonly string[]): Json {
  const record = plainObject(value, where);
  const unknown = Object.keys(record).filter((key) => !fields.includes(key));
  const missing = fields.filter((key) => !(key in record));
  if (unknown.length > 0) throw malformed(where, `unknown fields ${unknown.join(', ')}`);
  if (missing.length > 0) throw malformed(where, `missing fields ${missing.join(', ')}`);
  return record;
}

export function stringOf(value: unknown, where: string): string {
  if (typeof value !== 'string') throw malformed(where, 'must be a string');
  return value;
}

function integerOf(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw malformed(where, 'must be a non-negative integer');
  }
  return value;
}

function arrayOf(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw malformed(where, 'must be an array');
  return value;
}

function recordOf(value: unknown, where: string): BundleRecord {
  const kind = stringOf(plainObject(value, where)['kind'], `${where}.kind`);
  switch (kind) {
    case 'envelope':
    case 'decision': {
      const fields = objectOf(value, where, ['kind', 'bytes']);
      return { kind, bytes: stringOf(fields['bytes'], `${where}.bytes`) };
    }
    case 'envelope-parts': {
      const f = objectOf(value, where, ['kind', 'header', 'algorithm', 'keyId', 'signature']);
      return {
        kind,
        header: stringOf(f['header'], `${where}.header`),
        algorithm: integerOf(f['algorithm'], `${where}.algorithm`),
        keyId: stringOf(f['keyId'], `${where}.keyId`),
        signature: stringOf(f['signature'], `${where}.signature`),
      };
    }
    case 'none':
      objectOf(value, where, ['kind']);
      return { kind };
    default:
      throw malformed(`${where}.kind`, `unknown record kind ${JSON.stringify(kind)}`);
  }
}

function entryOf(value: unknown, where: string): BundleEntry {
  const f = objectOf(value, where, ['index', 'leaf', 'record', 'inclusion']);
  return {
    index: integerOf(f['index'], `${where}.index`),
    leaf: stringOf(f['leaf'], `${where}.leaf`),
    record: recordOf(f['record'], `${where}.record`),
    // checked field by field by inclusionProofFromJson when verified
    inclusion: f['inclusion'] as InclusionProofJson,
  };
}

/** Parses `bundle.json`; BUNDLE_MALFORMED names the first field that is wrong. */
export function parseBundle(text: string): EvidenceBundle {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw malformed('bundle.json', `not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const f = objectOf(json, 'bundle', [
    'format',
    'origin',
    'logKey',
    'traceId',
    'rootCertificate',
    'certificates',
    'checkpoints',
    'consistency',
    'entries',
  ]);
  if (f['format'] !== BUNDLE_FORMAT) throw malformed('bundle.format', `must be ${BUNDLE_FORMAT}`);
  const certificates = plainObject(f['certificates'], 'bundle.certificates');
  return {
    format: BUNDLE_FORMAT,
    origin: stringOf(f['origin'], 'bundle.origin'),
    logKey: stringOf(f['logKey'], 'bundle.logKey'),
    traceId: stringOf(f['traceId'], 'bundle.traceId'),
    rootCertificate: stringOf(f['rootCertificate'], 'bundle.rootCertificate'),
    certificates: Object.fromEntries(
      Object.entries(certificates).map(([keyId, pem]) => [
        keyId,
        stringOf(pem, `bundle.certificates.${keyId}`),
      ]),
    ),
    checkpoints: arrayOf(f['checkpoints'], 'bundle.checkpoints').map((note, i) =>
      stringOf(note, `bundle.checkpoints[${i}]`),
    ),
    consistency: arrayOf(f['consistency'], 'bundle.consistency') as ConsistencyProofJson[],
    entries: arrayOf(f['entries'], 'bundle.entries').map((entry, i) =>
      entryOf(entry, `bundle.entries[${i}]`),
    ),
  };
}
