// The examples in docs/auditing.md verify: the checkpoint with its verifier key, and the proofs
// against it, for the classic test leaves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLASSIC_LEAVES_HEX, referenceRoot } from './testing';
import {
  consistencyProofFromJson,
  inclusionProofFromJson,
  leafHash,
  openCheckpoint,
  parseVerifierKey,
  verifyConsistency,
  verifyInclusion,
} from './index';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const doc = readFileSync(join(repo, 'docs/auditing.md'), 'utf8');
const examples = new Map(
  [...doc.matchAll(/<!-- example:([\w-]+) -->\n\n```\w*\n([\s\S]*?)```/g)].map(([, name = '', body = '']) => [
    name,
    body,
  ]),
);
const example = (name: string): string => {
  const body = examples.get(name);
  if (body === undefined) throw new Error(`docs/auditing.md has no example:${name}`);
  return body;
};
const leaves = CLASSIC_LEAVES_HEX.map((hex) => Buffer.from(hex, 'hex'));

describe('docs/auditing.md examples', () => {
  const verifier = parseVerifierKey(example('verifier-key').trim());
  const checkpoint = openCheckpoint(example('checkpoint'), 'sild.example/audit', [verifier]);

  it('the checkpoint verifies and is the classic 8-leaf root', () => {
    expect(checkpoint.size).toBe(8);
    expect(Buffer.from(checkpoint.rootHash).equals(referenceRoot(leaves))).toBe(true);
  });

  it('the inclusion proof proves its leaf under the checkpoint', () => {
    const proof = inclusionProofFromJson(JSON.parse(example('inclusion')));
    expect(proof.treeSize).toBe(checkpoint.size);
    const leaf = leaves[proof.leafIndex] as Buffer;
    verifyInclusion({
      ...proof,
      index: proof.leafIndex,
      leafHash: leafHash(leaf),
      proof: proof.hashes,
      root: checkpoint.rootHash,
    });
    expect(doc).toContain(leafHash(leaf).toString('base64'));
  });

  it('the consistency proof leads from the smaller tree to the checkpoint', () => {
    const proof = consistencyProofFromJson(JSON.parse(example('consistency')));
    const root1 = referenceRoot(leaves.slice(0, proof.size1));
    verifyConsistency({ ...proof, proof: proof.hashes, root1, root2: checkpoint.rootHash });
  });
});
