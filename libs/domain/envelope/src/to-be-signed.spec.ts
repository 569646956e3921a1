import { describe, expect, it } from 'vitest';
import { TBS_CONTEXT, sha256, toBeSigned } from './to-be-signed';
import { UUID_V7, uuidV7 } from './uuid-v7';

describe('to-be-signed bytes', () => {
  it('are context || u32be(len(header)) || header || SHA-256(payload)', () => {
    const header = Buffer.from([1, 2, 3, 4, 5]);
    const digest = sha256(Buffer.from('payload'));
    const tbs = toBeSigned(header, digest);
    expect(TBS_CONTEXT.toString('latin1')).toBe('sild/v1/envelope\n');
    expect(tbs.subarray(0, 17)).toEqual(TBS_CONTEXT);
    expect(tbs.readUInt32BE(17)).toBe(5);
    expect(tbs.subarray(21, 26)).toEqual(header);
    expect(tbs.subarray(26)).toEqual(digest);
    expect(digest.toString('hex')).toBe('239f59ed55e737c77147cf55ad0c1b030b6d7ee748a7426952f9b852d5a935e5');
  });

  it('differ when bytes move between header and payload digest', () => {
    const digest = sha256(Buffer.alloc(0));
    expect(toBeSigned(Buffer.from([0xaa]), digest)).not.toEqual(toBeSigned(Buffer.alloc(0), digest));
  });
});

describe('uuidV7', () => {
  it('makes version-7 ids that carry the time and sort by it', () => {
    const a = uuidV7(1_700_000_000_000);
    const b = uuidV7(1_700_000_000_001);
    expect(a).toMatch(UUID_V7);
    expect(a.slice(0, 13).replace('-', '')).toBe((1_700_000_000_000).toString(16).padStart(12, '0'));
    expect(a < b).toBe(true);
    expect(new Set(Array.from({ length: 1000 }, () => uuidV7())).size).toBe(1000);
  });
});
