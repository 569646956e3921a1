import { describe, expect, it } from 'vitest';
import { handleByKey } from './keyed-batch';

interface Message {
  readonly key?: string;
  readonly id: number;
}

const batch = (...keys: (string | undefined)[]): Message[] =>
  keys.map((key, id) => (key === undefined ? { id } : { key, id }));

/** A handler whose calls finish when the test says, recording starts and ends. */
function controlled() {
  const log: string[] = [];
  const pending = new Map<number, () => void>();
  const handle = (message: Message) => {
    log.push(`start ${message.id}`);
    return new Promise<void>((resolve) => {
      pending.set(message.id, () => {
        log.push(`end ${message.id}`);
        resolve();
      });
    });
  };
  const finish = async (id: number) => {
    await new Promise((resolve) => setImmediate(resolve));
    pending.get(id)?.();
    pending.delete(id);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { log, pending, handle, finish };
}

describe('handleByKey', () => {
  it("handles one key's messages in order and different keys side by side", async () => {
    const { log, handle, finish } = controlled();
    const run = handleByKey(
      batch('a', 'b', 'a', 'b'),
      (m) => m.key,
      8,
      handle,
      () => false,
    );
    await finish(-1);
    expect(log).toEqual(['start 0', 'start 1']);
    await finish(1);
    expect(log).toEqual(['start 0', 'start 1', 'end 1', 'start 3']);
    await finish(0);
    await finish(2);
    await finish(3);
    expect(await run).toEqual({ handled: 4 });
    expect(log.indexOf('start 2')).toBeGreaterThan(log.indexOf('end 0'));
  });

  it('runs at most `width` keys at a time; messages without a key stand alone', async () => {
    const { log, pending, handle, finish } = controlled();
    const run = handleByKey(
      batch(undefined, undefined, 'c'),
      (m) => m.key,
      2,
      handle,
      () => false,
    );
    await finish(-1);
    expect([...pending.keys()]).toEqual([0, 1]);
    await finish(0);
    expect([...pending.keys()]).toEqual([1, 2]);
    await finish(1);
    await finish(2);
    expect(await run).toEqual({ handled: 3 });
    expect(log).toHaveLength(6);
  });

  it('reports the handled prefix and the first failure; the failed key goes no further', async () => {
    const handled: number[] = [];
    const result = await handleByKey(
      batch('a', 'b', 'a', 'c'),
      (m) => m.key,
      1,
      (message) => {
        if (message.id === 1) return Promise.reject(new Error('b failed'));
        handled.push(message.id);
        return Promise.resolve();
      },
      () => false,
    );
    expect(result).toEqual({ handled: 1, failure: { error: new Error('b failed') } });
    expect(handled).toEqual([0, 2]);
  });

  it('starts nothing new once stopped', async () => {
    let stop = false;
    const handled: number[] = [];
    const result = await handleByKey(
      batch('a', 'a', 'a'),
      (m) => m.key,
      4,
      (message) => {
        handled.push(message.id);
        stop = message.id === 1;
        return Promise.resolve();
      },
      () => stop,
    );
    expect(handled).toEqual([0, 1]);
    expect(result).toEqual({ handled: 2 });
  });
});
