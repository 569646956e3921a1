import { describe, expect, it } from 'vitest';
import { PartitionInFlight, Slots } from './in-flight-offsets';

describe('PartitionInFlight', () => {
  it('commits up to the first unfinished offset, whatever order handlers end in', () => {
    const partition = new PartitionInFlight();
    expect(partition.committable).toBeUndefined();
    for (const offset of ['10', '11', '12', '13']) partition.start(offset);
    expect(partition.committable).toBe('10');
    partition.finish('12');
    partition.finish('11');
    expect(partition.committable).toBe('10');
    partition.finish('10');
    expect(partition.committable).toBe('13');
    expect(partition.size).toBe(1);
    partition.finish('13');
    expect(partition.committable).toBe('14');
    expect(partition.size).toBe(0);
  });

  it('takes gaps in offsets (compacted or transactional topics) in its stride', () => {
    const partition = new PartitionInFlight();
    partition.start('5');
    partition.start('9');
    partition.finish('9');
    expect(partition.committable).toBe('5');
    partition.finish('5');
    expect(partition.committable).toBe('10');
  });

  it('refuses an offset below one already started', () => {
    const partition = new PartitionInFlight();
    expect(partition.accepts('0')).toBe(true);
    partition.start('7');
    expect(partition.accepts('7')).toBe(false);
    expect(partition.accepts('8')).toBe(true);
    expect(() => {
      partition.start('7');
    }).toThrow(RangeError);
  });
});

describe('Slots', () => {
  it('lets `limit` holders run and the next waiter in as one releases', async () => {
    const slots = new Slots(2);
    await slots.acquire();
    await slots.acquire();
    const order: string[] = [];
    const third = slots.acquire().then(() => order.push('third'));
    const fourth = slots.acquire().then(() => order.push('fourth'));
    await Promise.resolve();
    expect(order).toEqual([]);
    slots.release();
    await third;
    expect(order).toEqual(['third']);
    expect(slots.inUse).toBe(2);
    slots.release();
    await fourth;
    slots.release();
    slots.release();
    expect(slots.inUse).toBe(0);
    await slots.drained();
  });
});
