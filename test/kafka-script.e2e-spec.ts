// scripts/kafka/kafka.sh: up is idempotent, down is idempotent, and after down nothing listens
// and no broker process is left. Uses its own port and data folder so the shared test broker
// on 9092 keeps running.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createKafkaClient, TopicAdmin } from '@sild/platform-kafka';
import { testLogger } from '@sild/platform-kafka/testing';

const run = promisify(execFile);
const script = resolve(import.meta.dirname, '../scripts/kafka/kafka.sh');
const port = 19_092 + (process.pid % 500) * 2;
const dataDir = mkdtempSync(join(tmpdir(), 'sild-kafka-script-'));
const { KAFKA_BROKERS: _external, ...inherited } = process.env;
const env = {
  ...inherited,
  SILD_KAFKA_PORT: String(port),
  SILD_KAFKA_CONTROLLER_PORT: String(port + 1),
  SILD_KAFKA_DATA_DIR: dataDir,
};

const kafkaSh = async (command: 'up' | 'down' | 'status') => {
  const { stderr } = await run('bash', [script, command], { env });
  return stderr;
};

const listening = (p: number) =>
  new Promise<boolean>((done) => {
    const socket = connect({ host: '127.0.0.1', port: p });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => {
      done(false);
    });
  });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterAll(async () => {
  await kafkaSh('down');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('kafka.sh', () => {
  it('starts once, finds it running the second time, stops, and finds it stopped the second time', async () => {
    expect(await kafkaSh('up')).toContain(`ready (pid`);
    const pid = Number(readFileSync(join(dataDir, 'kafka.pid'), 'utf8'));
    expect(alive(pid)).toBe(true);

    // the broker answers metadata requests as soon as up returns
    const admin = new TopicAdmin(
      createKafkaClient(
        { brokers: [`127.0.0.1:${port}`], clientId: 't', replicationFactor: 1 },
        testLogger(),
      ),
      1,
    );
    expect(await admin.ping()).toBe(1);
    await admin.close();

    expect(await kafkaSh('up')).toContain(`already running (pid ${pid})`);
    expect(await kafkaSh('status')).toContain(`running (pid ${pid})`);

    expect(await kafkaSh('down')).toContain('stopped');
    expect(alive(pid)).toBe(false);
    expect(await listening(port)).toBe(false);
    expect(await listening(port + 1)).toBe(false);
    expect(await kafkaSh('down')).toContain('not running');
    await expect(kafkaSh('status')).rejects.toThrow();
  });

  it('restarts on the same storage after a stop', async () => {
    expect(await kafkaSh('up')).toContain('ready');
    expect(await kafkaSh('down')).toContain('stopped');
  });

  it('starts nothing when KAFKA_BROKERS names an existing cluster', async () => {
    const { stderr } = await run('bash', [script, 'up'], {
      env: { ...env, KAFKA_BROKERS: 'kafka.example:9092' },
    });
    expect(stderr).toContain('KAFKA_BROKERS=kafka.example:9092 is set: using that cluster, starting nothing');
    expect(await listening(port)).toBe(false);
  });
});
