import { describe, expect, it } from 'vitest';
import { BatchingProducer } from './batching-producer';
import type { OutgoingMessage } from './kafka-message';
import type { KafkaProducer } from './kafka-producer.service';

/** A producer whose requests complete when the test says so. */
class ManualProducer {
  readonly requests: { topic: string; message: OutgoingMessage }[][] = [];
  private readonly pending: { resolve: () => void; reject: (error: Error) => void }[] = [];

  sendMany(items: { topic: string; message: OutgoingMessage }[]): Promise<never[]> {
    this.requests.push(items);
    return new Promise((resolve, reject) => {
      this.pending.push({
        resolve: () => {
          resolve([]);
        },
        reject,
      });
    });
  }

  complete(error?: Error): void {
    const next = this.pending.shift();
    if (error) next?.reject(error);
    else next?.resolve();
  }
}

const turn = () => new Promise((resolve) => setImmediate(resolve));
const message = (value: string): OutgoingMessage => ({ key: value, value });

describe('BatchingProducer', () => {
  it('sends what arrives in one turn together, and what arrives meanwhile in the next request', async () => {
    const producer = new ManualProducer();
    const batching = new BatchingProducer(producer as unknown as KafkaProducer);
    const first = [batching.send('a', message('1')), batching.send('b', message('2'))];
    await turn();
    expect(producer.requests).toHaveLength(1);
    const later = [
      batching.send('a', message('3')),
      batching.send('a', message('4')),
      batching.send('a', message('5')),
    ];
    await turn();
    expect(producer.requests).toHaveLength(1); // one request in flight at a time
    expect(batching.queued).toBe(3);
    producer.complete();
    await Promise.all(first);
    await turn();
    expect(producer.requests[1]?.map((item) => item.message.value)).toEqual(['3', '4', '5']);
    producer.complete();
    await Promise.all(later);
  });

  it('fails every send of a failed request and goes on with the next', async () => {
    const producer = new ManualProducer();
    const batching = new BatchingProducer(producer as unknown as KafkaProducer, 2);
    const sends = ['1', '2', '3'].map((value) => batching.send('a', message(value)));
    await turn();
    expect(producer.requests[0]).toHaveLength(2); // at most maxBatch per request
    producer.complete(new Error('broker gone'));
    await expect(sends[0]).rejects.toThrow('broker gone');
    await expect(sends[1]).rejects.toThrow('broker gone');
    await turn();
    producer.complete();
    await expect(sends[2]).resolves.toBeUndefined();
  });
});
