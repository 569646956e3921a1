import { register } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { ConsumerLag } from './consumer-lag';

const series = async () =>
  (await register.getSingleMetricAsString('sild_kafka_consumer_lag_records'))
    .split('\n')
    .filter((line) => line.startsWith('sild_kafka_consumer_lag_records{'));

describe('ConsumerLag', () => {
  it('reports high watermark minus the next offset per topic, partition and group', async () => {
    const lag = new ConsumerLag('group-a');
    lag.record('sild.t', 0, '120', '20');
    lag.record('sild.t', 1, '7', '7');
    lag.record('sild.u', 0, '10', '12'); // a watermark older than the commit: never negative
    expect(await series()).toEqual([
      'sild_kafka_consumer_lag_records{topic="sild.t",partition="0",group="group-a"} 100',
      'sild_kafka_consumer_lag_records{topic="sild.t",partition="1",group="group-a"} 0',
      'sild_kafka_consumer_lag_records{topic="sild.u",partition="0",group="group-a"} 0',
    ]);
    lag.record('sild.t', 0, '130', '125');
    expect(await series()).toContain(
      'sild_kafka_consumer_lag_records{topic="sild.t",partition="0",group="group-a"} 5',
    );
  });

  it('drops the series of partitions the member no longer owns, leaving other groups alone', async () => {
    const mine = new ConsumerLag('group-b');
    const other = new ConsumerLag('group-c');
    mine.record('sild.v', 0, '5', '1');
    mine.record('sild.v', 1, '5', '2');
    other.record('sild.v', 1, '5', '3');
    mine.retain({ 'sild.v': [1] });
    let lines = (await series()).filter((line) => line.includes('sild.v'));
    expect(lines).toEqual([
      'sild_kafka_consumer_lag_records{topic="sild.v",partition="1",group="group-b"} 3',
      'sild_kafka_consumer_lag_records{topic="sild.v",partition="1",group="group-c"} 2',
    ]);
    mine.retain({});
    lines = (await series()).filter((line) => line.includes('sild.v'));
    expect(lines).toEqual([
      'sild_kafka_consumer_lag_records{topic="sild.v",partition="1",group="group-c"} 2',
    ]);
  });
});
