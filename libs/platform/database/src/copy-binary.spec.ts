import { describe, expect, it } from 'vitest';
import { copyStatement, encodeCopyBinary } from './copy-binary';

describe('binary COPY', () => {
  it('frames rows as PostgreSQL documents it: signature, flags, field counts, lengths, trailer', () => {
    const data = encodeCopyBinary(['smallint', 'text'], [[7, null]]);
    expect(data.subarray(0, 11).toString('latin1')).toBe('PGCOPY\n\xff\r\n\0');
    expect(data.readInt32BE(11)).toBe(0); // flags
    expect(data.readInt32BE(15)).toBe(0); // header extension
    expect(data.readInt16BE(19)).toBe(2); // fields in the row
    expect(data.readInt32BE(21)).toBe(2); // the smallint's length
    expect(data.readInt16BE(25)).toBe(7);
    expect(data.readInt32BE(27)).toBe(-1); // NULL
    expect(data.readInt16BE(31)).toBe(-1); // trailer
    expect(data).toHaveLength(33);
  });

  it('names what does not fit', () => {
    expect(() => encodeCopyBinary(['bigint'], [[1.5]])).toThrow('a bigint column cannot hold number 1.5');
    expect(() => encodeCopyBinary(['bytea'], [['ab']])).toThrow('a bytea column cannot hold string ab');
    expect(() => encodeCopyBinary(['timestamptz'], [[new Date(Number.NaN)]])).toThrow('timestamptz');
  });

  it('takes only plain lower-case identifiers into its statement', () => {
    expect(copyStatement('audit_nodes', [{ name: 'level', type: 'smallint' }], 'stdin')).toBe(
      'copy audit_nodes (level) from stdin with (format binary)',
    );
    expect(() => copyStatement('nodes; drop table x', [], 'stdin')).toThrow(
      'not a plain lower-case SQL identifier',
    );
    expect(() => copyStatement('t', [{ name: 'Level', type: 'smallint' }], 'stdin')).toThrow('Level');
  });
});
