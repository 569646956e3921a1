// Exits 0 when the broker at argv[2] answers a metadata request (kafkajs describeCluster),
// 1 otherwise. Used by kafka.sh to decide that the broker is up.
import { Kafka, logLevel } from 'kafkajs';

const broker = process.argv[2] ?? '127.0.0.1:9092';
const admin = new Kafka({
  clientId: 'sild-kafka-wait-ready',
  brokers: [broker],
  logLevel: logLevel.NOTHING,
  retry: { retries: 0 },
  connectionTimeout: 1000,
}).admin();
try {
  await admin.connect();
  const cluster = await admin.describeCluster();
  process.exit(cluster.brokers.length > 0 ? 0 : 1);
} catch {
  process.exit(1);
}
