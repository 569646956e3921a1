// A Kafka broker of one test's own, started and stopped with the project's script on its own
// ports and data folder, for tests that take Kafka away. The shared test broker is never touched.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@sild/platform-testing';

const run = promisify(execFile);
const script = resolve(import.meta.dirname, '../../scripts/kafka/kafka.sh');

export interface OwnBroker {
  /** KAFKA_BROKERS of this broker. */
  readonly brokers: string;
  /** Starts it (again, on the same data: topics and committed offsets survive). */
  up(): Promise<void>;
  /** Stops it and waits until its process is gone. */
  down(): Promise<void>;
  /** Stops it and deletes its data. */
  remove(): Promise<void>;
}

export async function startOwnBroker(): Promise<OwnBroker> {
  const port = await freePort();
  let controllerPort = await freePort();
  while (controllerPort === port) controllerPort = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'sild-own-kafka-'));
  // without KAFKA_BROKERS: with it set, the script leaves every broker alone
  const { KAFKA_BROKERS: _shared, ...inherited } = process.env;
  const env = {
    ...inherited,
    SILD_KAFKA_PORT: String(port),
    SILD_KAFKA_CONTROLLER_PORT: String(controllerPort),
    SILD_KAFKA_DATA_DIR: dataDir,
  };
  const kafkaSh = async (command: 'up' | 'down') => {
    await run('bash', [script, command], { env, timeout: 240_000 });
  };
  const broker: OwnBroker = {
    brokers: `127.0.0.1:${port}`,
    up: () => kafkaSh('up'),
    down: () => kafkaSh('down'),
    async remove() {
      await kafkaSh('down');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await broker.up();
  return broker;
}
