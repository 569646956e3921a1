import { describe, expect, it } from 'vitest';
import { SubjectSequences } from './subject-sequences';
import { subjectKeyOf } from './subject-key';

const deferred = () => {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('SubjectSequences', () => {
  it('continues after the restored numbers, per event type and subject', async () => {
    const restored: string[] = [];
    const sequences = new SubjectSequences({
      restore: (eventType) => {
        restored.push(eventType);
        return Promise.resolve(new Map(eventType === 'a.v1' ? [['k1', 4]] : []));
      },
    });
    const next = (eventType: string, key: string) =>
      sequences.withNext(eventType, key, (n) => Promise.resolve(n));
    expect(await next('a.v1', 'k1')).toBe(5);
    expect(await next('a.v1', 'k1')).toBe(6);
    expect(await next('a.v1', 'k2')).toBe(1);
    expect(await next('b.v1', 'k1')).toBe(1);
    expect(restored).toEqual(['a.v1', 'b.v1']);
  });

  it("runs one subject's publications in order and uses no number for a failed one", async () => {
    const sequences = new SubjectSequences({ restore: () => Promise.resolve(new Map()) });
    const gate = deferred();
    const order: number[] = [];
    const first = sequences.withNext('a.v1', 'k', async (n) => {
      await gate.promise;
      order.push(n);
    });
    const failed = sequences.withNext('a.v1', 'k', () => Promise.reject(new Error('kafka down')));
    const third = sequences.withNext('a.v1', 'k', (n) => {
      order.push(n);
      return Promise.resolve();
    });
    const other = await sequences.withNext('a.v1', 'other', (n) => Promise.resolve(n));
    expect(other).toBe(1); // another subject does not wait
    gate.resolve();
    await first;
    await expect(failed).rejects.toThrow('kafka down');
    await third;
    expect(order).toEqual([1, 2]);
  });

  it('restores ahead of the first publication, once, and the publication uses what it read', async () => {
    const restored: string[] = [];
    const sequences = new SubjectSequences({
      restore: (eventType) => {
        restored.push(eventType);
        return Promise.resolve(new Map([['k1', 7]]));
      },
    });
    await sequences.prepare('a.v1');
    expect(restored).toEqual(['a.v1']);
    expect(await sequences.withNext('a.v1', 'k1', (n) => Promise.resolve(n))).toBe(8);
    expect(restored).toEqual(['a.v1']);
  });

  it('tries a failed restore again', async () => {
    let calls = 0;
    const sequences = new SubjectSequences({
      restore: () => (++calls === 1 ? Promise.reject(new Error('no broker')) : Promise.resolve(new Map())),
    });
    await expect(sequences.withNext('a.v1', 'k', (n) => Promise.resolve(n))).rejects.toThrow('no broker');
    expect(await sequences.withNext('a.v1', 'k', (n) => Promise.resolve(n))).toBe(1);
  });
});

describe('subjectKeyOf', () => {
  it('is a stable keyed pseudonym that does not show the subject', () => {
    const secret = Buffer.from('x'.repeat(32));
    const key = subjectKeyOf(secret, '999990019');
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(subjectKeyOf(secret, '999990019')).toBe(key);
    expect(subjectKeyOf(Buffer.from('y'.repeat(32)), '999990019')).not.toBe(key);
    expect(subjectKeyOf(secret, '999990020')).not.toBe(key);
    expect(key).not.toContain('999990019');
  });
});
