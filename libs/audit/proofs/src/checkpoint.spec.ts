import { describe, expect, it } from 'vitest';
import { memoryLog, numberedLeaves } from './testing';
import {
  AuditProofsErrorCode,
  checkpointText,
  generateNoteSigner,
  openCheckpoint,
  parseCheckpointText,
  signCheckpoint,
  type Checkpoint,
} from './index';

const ORIGIN = 'sild.example/audit';
const { range } = memoryLog(numberedLeaves(7));
const checkpoint: Checkpoint = { origin: ORIGIN, size: 7, rootHash: range.root(), extensions: [] };
const log = generateNoteSigner(ORIGIN);

describe('checkpoints', () => {
  it('writes origin, decimal size and base64 root, one per line', () => {
    expect(checkpointText(checkpoint)).toBe(
      `${ORIGIN}\n7\n${Buffer.from(range.root()).toString('base64')}\n`,
    );
  });

  it('signs and opens a checkpoint, extension lines included', () => {
    const withExtension = { ...checkpoint, extensions: ['ext one', 'ext-two'] };
    const note = signCheckpoint(withExtension, [log]);
    expect(note.split('\n')[6]).toMatch(/^\u2014 sild\.example\/audit [A-Za-z0-9+/]{91}=$/);
    const opened = openCheckpoint(note, ORIGIN, [log]);
    expect(opened).toMatchObject({ origin: ORIGIN, size: 7, extensions: ['ext one', 'ext-two'] });
    expect(Buffer.from(opened.rootHash).equals(range.root())).toBe(true);
    expect(opened.verifiedBy).toEqual([log]);
  });

  it('refuses a checkpoint of another origin, even when signed by the known key', () => {
    const note = signCheckpoint({ ...checkpoint, origin: 'other.example/log' }, [log]);
    expect(() => openCheckpoint(note, ORIGIN, [log])).toThrow(AuditProofsErrorCode.WRONG_ORIGIN);
  });

  it('refuses a checkpoint with a changed size or root, or by an unknown key', () => {
    const note = signCheckpoint(checkpoint, [log]);
    expect(() => openCheckpoint(note.replace('\n7\n', '\n8\n'), ORIGIN, [log])).toThrow(
      AuditProofsErrorCode.BAD_SIGNATURE,
    );
    expect(() => openCheckpoint(note, ORIGIN, [generateNoteSigner(ORIGIN)])).toThrow(
      AuditProofsErrorCode.UNKNOWN_KEY,
    );
  });

  const root = Buffer.from(range.root()).toString('base64');
  it.each([
    ['two lines', `${ORIGIN}\n7\n`, /at least 3 lines/],
    ['no final newline', `${ORIGIN}\n7\n${root}`, /end in a newline/],
    ['an empty origin', `\n7\n${root}\n`, /line 1 of the checkpoint is empty/],
    ['an empty extension line', `${ORIGIN}\n7\n${root}\n\next\n`, /line 4 of the checkpoint is empty/],
    ['a leading zero', `${ORIGIN}\n07\n${root}\n`, /tree size "07" is not a decimal/],
    ['a signed size', `${ORIGIN}\n+7\n${root}\n`, /tree size "\+7"/],
    ['a size above 2^53', `${ORIGIN}\n18446744073709551615\n${root}\n`, /below 2\^53/],
    ['a hex root', `${ORIGIN}\n7\n${Buffer.from(range.root()).toString('hex')}\n`, /root hash is 48 bytes/],
    ['a short root', `${ORIGIN}\n7\n${Buffer.alloc(20).toString('base64')}\n`, /root hash is 20 bytes/],
    ['base64url', `${ORIGIN}\n7\n${root.replaceAll('+', '-').replaceAll('/', '_')}X\n`, /not canonical/],
  ])('refuses a body with %s', (_what, text, reason) => {
    expect(() => parseCheckpointText(text)).toThrow(reason);
  });

  it('accepts the empty tree and refuses to write what it could not read back', () => {
    const empty = parseCheckpointText(`${ORIGIN}\n0\n${root}\n`);
    expect(empty.size).toBe(0);
    expect(() => checkpointText({ ...checkpoint, size: -1 })).toThrow(AuditProofsErrorCode.BAD_SIZE);
    expect(() => checkpointText({ ...checkpoint, origin: '' })).toThrow(/origin/);
    expect(() => checkpointText({ ...checkpoint, extensions: [''] })).toThrow(/extension lines/);
    expect(() => checkpointText({ ...checkpoint, rootHash: new Uint8Array(3) })).toThrow(
      AuditProofsErrorCode.BAD_HASH_LENGTH,
    );
  });
});
