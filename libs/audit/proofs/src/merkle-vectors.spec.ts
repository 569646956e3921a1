// All public transparency-dev/merkle proof vectors, read in place from ../shared/test-vectors
// (see its README): every valid proof verifies, every invalid one is refused with a reason.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AuditProofsException, verifyConsistency, verifyInclusion } from './index';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const vectors = join(repo, '../shared/test-vectors/merkle');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith('.json') ? [path] : [];
    })
    .sort();
}

const bytes = (base64: string | null): Uint8Array => Buffer.from(base64 ?? '', 'base64');
const proofOf = (proof: string[] | null): Uint8Array[] => (proof ?? []).map(bytes);

interface InclusionVector {
  leafIdx: number;
  treeSize: number;
  root: string;
  leafHash: string;
  proof: string[] | null;
  wantErr: boolean;
}

interface ConsistencyVector {
  size1: number;
  size2: number;
  root1: string;
  root2: string;
  proof: string[] | null;
  wantErr: boolean;
}

const load = <T>(file: string): [string, T] => [
  relative(vectors, file),
  JSON.parse(readFileSync(file, 'utf8')) as T,
];
const inclusion = jsonFiles(join(vectors, 'inclusion')).map((file) => load<InclusionVector>(file));
const consistency = jsonFiles(join(vectors, 'consistency')).map((file) => load<ConsistencyVector>(file));

function outcome(check: () => void): 'ok' | AuditProofsException {
  try {
    check();
    return 'ok';
  } catch (error) {
    if (error instanceof AuditProofsException) return error;
    throw error;
  }
}

describe('transparency-dev/merkle vectors', () => {
  it('finds all 196 vectors', () => {
    expect(inclusion.length + consistency.length).toBe(196);
    expect(inclusion.filter(([, v]) => !v.wantErr).length).toBeGreaterThan(0);
    expect(consistency.filter(([, v]) => !v.wantErr).length).toBeGreaterThan(0);
  });

  it.each(inclusion)('inclusion %s', (_name, v) => {
    const result = outcome(() => {
      verifyInclusion({
        index: v.leafIdx,
        treeSize: v.treeSize,
        leafHash: bytes(v.leafHash),
        proof: proofOf(v.proof),
        root: bytes(v.root),
      });
    });
    if (v.wantErr) expect(result).toBeInstanceOf(AuditProofsException);
    else expect(result).toBe('ok');
  });

  it.each(consistency)('consistency %s', (_name, v) => {
    const result = outcome(() => {
      verifyConsistency({
        size1: v.size1,
        size2: v.size2,
        root1: bytes(v.root1),
        root2: bytes(v.root2),
        proof: proofOf(v.proof),
      });
    });
    if (v.wantErr) expect(result).toBeInstanceOf(AuditProofsException);
    else expect(result).toBe('ok');
  });
});
