// A NodeSource in memory: every perfect subtree a CompactRange completed, packed per level in
// growable byte arrays (about 2 * 32 bytes per leaf). For tests, the CLI and benchmarks; the
// audit service keeps the same nodes in PostgreSQL.
import { AuditProofsErrorCode, proofsError } from './audit-proofs.exception';
import type { StoredNode } from './compact-range';
import { HASH_SIZE, checkHash } from './hashing';
import type { NodeSource } from './proof-builder';
import type { NodeId } from './tree-math';

interface Level {
  bytes: Uint8Array;
  count: number;
}

export class InMemoryNodeStore implements NodeSource {
  private readonly levels: Level[] = [];

  /** Stores nodes as CompactRange.append returns them; each level must be filled in index order. */
  put(nodes: readonly StoredNode[]): void {
    for (const node of nodes) {
      const level = this.levelOf(node.level);
      if (node.index !== level.count) {
        throw proofsError(
          AuditProofsErrorCode.NODE_SOURCE_MISMATCH,
          `node ${node.index} of level ${node.level} stored out of order (next is ${level.count})`,
        );
      }
      if ((level.count + 1) * HASH_SIZE > level.bytes.length) {
        const grown = new Uint8Array(Math.max(1024, level.bytes.length * 2));
        grown.set(level.bytes);
        level.bytes = grown;
      }
      level.bytes.set(checkHash(node.hash, 'node hash'), level.count * HASH_SIZE);
      level.count += 1;
    }
  }

  /** How many nodes of `level` are stored (level 0: the number of leaves). */
  countAt(level: number): number {
    return this.levels[level]?.count ?? 0;
  }

  nodeHashes(ids: readonly NodeId[]): Uint8Array[] {
    return ids.map(({ level, index }) => {
      const stored = this.levels[level];
      if (!stored || !Number.isSafeInteger(index) || index < 0 || index >= stored.count) {
        throw proofsError(
          AuditProofsErrorCode.NODE_SOURCE_MISMATCH,
          `node ${index} of level ${level} is not stored`,
        );
      }
      return stored.bytes.slice(index * HASH_SIZE, (index + 1) * HASH_SIZE);
    });
  }

  private levelOf(level: number): Level {
    while (this.levels.length <= level) this.levels.push({ bytes: new Uint8Array(0), count: 0 });
    return this.levels[level] as Level;
  }
}
