import { createPrivateKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  AuditProofsErrorCode,
  generateNoteSigner,
  noteSignerFromPem,
  openNote,
  parseNote,
  parseVerifierKey,
  signNote,
} from './index';

// The example key and note of the Go reference implementation (golang.org/x/mod/sumdb/note).
const GO_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const GO_SEED = Buffer.from('AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz', 'base64').subarray(1);
const GO_TEXT =
  "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const GO_SIG =
  '\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const GO_NOTE = `${GO_TEXT}\n${GO_SIG}`;
const goPem = (): string => {
  const pkcs8 = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), GO_SEED]);
  return createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' })
    .export({ format: 'pem', type: 'pkcs8' })
    .toString();
};

describe('signed notes: the Go reference vector', () => {
  it('signs the reference text byte for byte like the reference implementation', () => {
    expect(signNote(GO_TEXT, [noteSignerFromPem('PeterNeumann', goPem())])).toBe(GO_NOTE);
  });

  it('opens the reference note with the reference verifier key', () => {
    const verifier = parseVerifierKey(GO_VKEY);
    const opened = openNote(GO_NOTE, [verifier]);
    expect(opened.text).toBe(GO_TEXT);
    expect(opened.verifiedBy).toEqual([verifier]);
    expect(openNote(Buffer.from(GO_NOTE, 'utf8'), [verifier]).text).toBe(GO_TEXT);
  });
});

describe('signed notes', () => {
  const log = generateNoteSigner('sild.example/audit');
  const witness = generateNoteSigner('witness.example/w1');
  const text = 'hello\n\nworld\n';
  const note = signNote(text, [log, witness]);

  it('ignores signatures of unknown keys and verifies the known ones', () => {
    expect(openNote(note, [witness]).verifiedBy).toEqual([witness]);
    expect(openNote(note, [log, witness]).verifiedBy).toHaveLength(2);
    expect(parseNote(note).text).toBe(text);
  });

  it('refuses a note signed by no known key', () => {
    expect(() => openNote(note, [generateNoteSigner('sild.example/audit')])).toThrow(
      AuditProofsErrorCode.UNKNOWN_KEY,
    );
  });

  it('refuses a note whose text changed after signing', () => {
    expect(() => openNote(note.replace('world', 'World'), [log])).toThrow(
      /signature of sild.example\/audit does not verify/,
    );
  });

  it('refuses a note where a known key signature fails even when another verifies', () => {
    const lines = note.split('\n');
    const last = lines.at(-2) ?? '';
    const at = last.lastIndexOf(' ') + 10; // inside the signature, after the 4-byte key ID
    const swapped = last.at(at) === 'A' ? 'B' : 'A';
    const forged = [...lines.slice(0, -2), `${last.slice(0, at)}${swapped}${last.slice(at + 1)}`, ''].join(
      '\n',
    );
    expect(forged).not.toBe(note);
    expect(() => openNote(forged, [log, witness])).toThrow(AuditProofsErrorCode.BAD_SIGNATURE);
  });

  const sigLine = note.slice(note.indexOf('\u2014'));
  it.each([
    ['no blank line', 'hello\n\u2014 a AAAAAAAA\n', /no blank line/],
    ['no signature lines', `${text}\n`, /no signature lines/],
    ['trailing junk without newline', `${note}junk`, /trailing data/],
    ['a trailing blank line', `${note}\n`, /no signature lines/],
    ['a hyphen instead of the em dash', note.replaceAll('\u2014', '-'), /signature line 1 is not/],
    ['a signature line with three fields', `${text}\n\u2014 a b c\n`, /signature line 1 is not/],
    ['a signature that is not base64', `${text}\n\u2014 a b*==\n`, /not canonical standard base64/],
    ['a signature without key ID', `${text}\n\u2014 a AAAA\n`, /too short/],
    ['a control character', note.replace('hello', 'hel\rlo'), /control character U\+000d/],
    ['a name with a plus', `${text}\n${sigLine.replace('sild.example/audit', 'a+b')}`, /invalid key name/],
    ['more than 100 signatures', `${text}\n${`${sigLine.split('\n')[0]}\n`.repeat(101)}`, /more than 100/],
  ])('refuses a note with %s', (_what, bad, reason) => {
    expect(() => openNote(bad, [log])).toThrow(reason);
  });

  it('refuses invalid UTF-8 and oversized notes', () => {
    const bytes = Buffer.from(note, 'utf8');
    bytes[0] = 0xff;
    expect(() => openNote(bytes, [log])).toThrow(/not valid UTF-8/);
    expect(() => openNote(`${'x'.repeat(70_000)}\n\n${sigLine}`, [log])).toThrow(/more than 65536/);
  });

  it('signs only texts that end in a newline, with at least one signer', () => {
    expect(() => signNote('no newline', [log])).toThrow(/end in a newline/);
    expect(() => signNote('\n', [log])).toThrow(/non-empty/);
    expect(() => signNote('a\n', [])).toThrow(/at least one signer/);
    expect(() => signNote('a\u0000\n', [log])).toThrow(AuditProofsErrorCode.NOTE_MALFORMED);
  });
});
