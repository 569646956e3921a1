import { decodeLeaf, type AuditLeaf } from '@sild/audit-proofs';

const text = (value: unknown): string =>
  value instanceof Uint8Array ? Buffer.from(value).toString('hex') : JSON.stringify(value);

/** The first field in which two leaves differ, e.g. `sender "A" in the log, "B" rebuilt`. */
export function leafDifference(logged: Uint8Array, rebuilt: Uint8Array): string | undefined {
  if (Buffer.from(logged).equals(rebuilt)) return undefined;
  let a: AuditLeaf;
  let b: AuditLeaf;
  try {
    a = decodeLeaf(logged);
    b = decodeLeaf(rebuilt);
  } catch {
    return 'the leaf bytes differ';
  }
  for (const field of Object.keys(a) as (keyof AuditLeaf)[]) {
    if (text(a[field]) !== text(b[field])) {
      return `${field} is ${text(a[field])} in the log, ${text(b[field])} in the record`;
    }
  }
  return 'the leaf bytes differ';
}
