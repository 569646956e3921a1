// Checkpoints (C2SP tlog-checkpoint): the signed tree head of the log, as a signed note whose
// text is the origin line, the decimal tree size, the base64 root hash and optional extension
// lines, each ending in a newline.
import { AuditProofsErrorCode, proofsError } from './audit-proofs.exception';
import { fromBase64, toBase64 } from './base64';
import { checkHash } from './hashing';
import type { NoteSigner, NoteVerifier } from './note-keys';
import { openNote, signNote } from './signed-note';
import { checkSize } from './tree-math';

export interface Checkpoint {
  /** Identity of the log, e.g. `sild.example/audit`. */
  readonly origin: string;
  readonly size: number;
  /** RFC 6962 MTH of the first `size` entries (32 bytes). */
  readonly rootHash: Uint8Array;
  /** Opaque non-empty lines after the root hash (not recommended; Sild writes none). */
  readonly extensions: readonly string[];
}

export interface VerifiedCheckpoint extends Checkpoint {
  /** The known keys whose signatures verified. */
  readonly verifiedBy: readonly NoteVerifier[];
}

const malformed = (message: string): Error => proofsError(AuditProofsErrorCode.CHECKPOINT_MALFORMED, message);

const DECIMAL = /^(?:0|[1-9][0-9]*)$/;

function checkOrigin(origin: string): string {
  if (origin === '' || origin.includes('\n')) throw malformed('the origin must be one non-empty line');
  return origin;
}

/** The note text of a checkpoint (what gets signed). */
export function checkpointText(checkpoint: Checkpoint): string {
  checkOrigin(checkpoint.origin);
  checkSize(checkpoint.size, 'checkpoint tree size');
  checkHash(checkpoint.rootHash, 'checkpoint root hash');
  for (const line of checkpoint.extensions) {
    if (line === '' || line.includes('\n')) throw malformed('extension lines must be single non-empty lines');
  }
  const lines = [
    checkpoint.origin,
    String(checkpoint.size),
    toBase64(checkpoint.rootHash),
    ...checkpoint.extensions,
  ];
  return lines.map((line) => `${line}\n`).join('');
}

/** Parses checkpoint note text (not its signatures); CHECKPOINT_MALFORMED says what is wrong. */
export function parseCheckpointText(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw malformed('the checkpoint text must end in a newline');
  const lines = text.slice(0, -1).split('\n');
  const [origin = '', size = '', root = '', ...extensions] = lines;
  if (lines.length < 3) throw malformed(`a checkpoint has at least 3 lines, this one ${lines.length}`);
  const empty = lines.findIndex((line) => line === '');
  if (empty >= 0) throw malformed(`line ${empty + 1} of the checkpoint is empty`);
  if (!DECIMAL.test(size) || !Number.isSafeInteger(Number(size))) {
    throw malformed(
      `tree size ${JSON.stringify(size.slice(0, 40))} is not a decimal number without leading zeros below 2^53`,
    );
  }
  const rootHash = fromBase64(root, 'root hash', AuditProofsErrorCode.CHECKPOINT_MALFORMED);
  if (rootHash.length !== 32) throw malformed(`root hash is ${rootHash.length} bytes, not 32`);
  return { origin: checkOrigin(origin), size: Number(size), rootHash, extensions };
}

/** The signed checkpoint note. */
export const signCheckpoint = (checkpoint: Checkpoint, signers: readonly NoteSigner[]): string =>
  signNote(checkpointText(checkpoint), signers);

/**
 * Verifies a checkpoint note of the log `origin`: a signature by one of `verifiers` must verify
 * (BAD_SIGNATURE, UNKNOWN_KEY), the text must be a checkpoint (CHECKPOINT_MALFORMED) of that
 * origin (WRONG_ORIGIN).
 */
export function openCheckpoint(
  note: string | Uint8Array,
  origin: string,
  verifiers: readonly NoteVerifier[],
): VerifiedCheckpoint {
  const opened = openNote(note, verifiers);
  const checkpoint = parseCheckpointText(opened.text);
  if (checkpoint.origin !== origin) {
    throw proofsError(
      AuditProofsErrorCode.WRONG_ORIGIN,
      `the checkpoint is of log ${JSON.stringify(checkpoint.origin)}, not ${JSON.stringify(origin)}`,
    );
  }
  return { ...checkpoint, verifiedBy: opened.verifiedBy };
}
