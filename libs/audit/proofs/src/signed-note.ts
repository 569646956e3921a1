// Signed notes (C2SP signed-note): a text ending in a newline, a blank line, then signature
// lines `— <key name> <base64(4-byte key ID || signature)>` (U+2014 em dash). Opening a note
// verifies every signature by a known key and ignores the others.
import { sign, verify } from 'node:crypto';
import { AuditProofsErrorCode, proofsError } from './audit-proofs.exception';
import { fromBase64, toBase64 } from './base64';
import { checkKeyName, type NoteSigner, type NoteVerifier } from './note-keys';

/** Notes larger than this are refused unread (a checkpoint with a few signatures is < 1 KiB). */
export const MAX_NOTE_BYTES = 64 * 1024;
/** At most this many signature lines (the spec asks verifiers to accept at least 16). */
export const MAX_SIGNATURES = 100;

const SIGNATURE_PREFIX = '\u2014 ';

export interface NoteSignature {
  readonly name: string;
  readonly keyId: number;
  readonly signature: Uint8Array;
}

export interface OpenedNote {
  /** The signed text, including its final newline. */
  readonly text: string;
  readonly signatures: readonly NoteSignature[];
  /** The known keys whose signatures verified (at least one). */
  readonly verifiedBy: readonly NoteVerifier[];
}

const malformed = (message: string): Error => proofsError(AuditProofsErrorCode.NOTE_MALFORMED, message);

function checkText(text: string, what: string): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x0a) {
      throw malformed(`${what} contains control character U+${code.toString(16).padStart(4, '0')} at ${i}`);
    }
  }
  if (Buffer.from(text, 'utf8').toString('utf8') !== text)
    throw malformed(`${what} is not well-formed UTF-8`);
}

/** Signs `text` (non-empty, ending in a newline) with each signer; returns the whole note. */
export function signNote(text: string, signers: readonly NoteSigner[]): string {
  checkText(text, 'note text');
  if (!text.endsWith('\n') || text === '\n')
    throw malformed('note text must be non-empty and end in a newline');
  if (signers.length === 0) throw malformed('a note needs at least one signer');
  const lines = signers.map((signer) => {
    const id = Buffer.alloc(4);
    id.writeUInt32BE(signer.keyId);
    const signature = sign(null, Buffer.from(text, 'utf8'), signer.privateKey);
    return `${SIGNATURE_PREFIX}${checkKeyName(signer.name)} ${toBase64(Buffer.concat([id, signature]))}\n`;
  });
  return `${text}\n${lines.join('')}`;
}

function decodeNote(note: string | Uint8Array): string {
  const size = typeof note === 'string' ? Buffer.byteLength(note, 'utf8') : note.length;
  if (size > MAX_NOTE_BYTES) throw malformed(`note is ${size} bytes, more than ${MAX_NOTE_BYTES}`);
  if (typeof note === 'string') return note;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(note);
  } catch {
    throw malformed('note is not valid UTF-8');
  }
}

function parseSignatureLine(line: string, number: number): NoteSignature {
  const parts = line.startsWith(SIGNATURE_PREFIX) ? line.slice(SIGNATURE_PREFIX.length).split(' ') : [];
  const [name = '', encoded = ''] = parts;
  if (parts.length !== 2) {
    throw malformed(
      `signature line ${number} is not "\u2014 <key name> <base64 signature>": ${JSON.stringify(line.slice(0, 80))}`,
    );
  }
  try {
    checkKeyName(name);
  } catch {
    throw malformed(`signature line ${number} has an invalid key name ${JSON.stringify(name)}`);
  }
  const bytes = fromBase64(encoded, `signature on line ${number}`, AuditProofsErrorCode.NOTE_MALFORMED);
  if (bytes.length < 5)
    throw malformed(`signature on line ${number} is too short for a key ID and a signature`);
  return { name, keyId: bytes.readUInt32BE(0), signature: bytes.subarray(4) };
}

/** Splits a note into its text and signatures without verifying anything. */
export function parseNote(note: string | Uint8Array): { text: string; signatures: NoteSignature[] } {
  const whole = decodeNote(note);
  checkText(whole, 'note');
  const split = whole.lastIndexOf('\n\n');
  if (split < 0) throw malformed('no blank line separates the text from the signatures');
  const block = whole.slice(split + 2);
  if (block === '') throw malformed('no signature lines follow the last blank line');
  if (!block.endsWith('\n'))
    throw malformed('trailing data after the last signature line (no final newline)');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) throw malformed(`more than ${MAX_SIGNATURES} signatures`);
  return {
    text: whole.slice(0, split + 1),
    signatures: lines.map((line, i) => parseSignatureLine(line, i + 1)),
  };
}

function verifies(text: string, key: NoteVerifier, signature: Uint8Array): boolean {
  try {
    return verify(null, Buffer.from(text, 'utf8'), key.publicKey, signature);
  } catch {
    return false;
  }
}

/**
 * Opens a note: every signature whose key name and ID match a known key must verify (else
 * BAD_SIGNATURE), other signatures are ignored, and at least one must be by a known key (else
 * UNKNOWN_KEY). Only then may the text be used.
 */
export function openNote(note: string | Uint8Array, verifiers: readonly NoteVerifier[]): OpenedNote {
  const { text, signatures } = parseNote(note);
  const verifiedBy: NoteVerifier[] = [];
  for (const signature of signatures) {
    const key = verifiers.find((v) => v.name === signature.name && v.keyId === signature.keyId);
    if (!key) continue;
    if (!verifies(text, key, signature.signature)) {
      throw proofsError(AuditProofsErrorCode.BAD_SIGNATURE, `the signature of ${key.name} does not verify`);
    }
    if (!verifiedBy.includes(key)) verifiedBy.push(key);
  }
  if (verifiedBy.length === 0) {
    const names = signatures.map((s) => `${s.name}+${s.keyId.toString(16).padStart(8, '0')}`).join(', ');
    throw proofsError(AuditProofsErrorCode.UNKNOWN_KEY, `no signature by a known key (signed by ${names})`);
  }
  return { text, signatures, verifiedBy };
}
