import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeGrpcService, runSild, type FakeService } from '../testing';

const TOKEN = 'gateway api token';
const SUBSCRIBER = 'NL/MUN/0363/burgerzaken';
const SUBSCRIPTION = '0b7e3c2a-4f1d-4e8a-9c6b-2d5f8a1e7c30';
const subscriber = { instance: 'NL', memberClass: 'MUN', memberCode: '0363', subsystem: 'burgerzaken' };

let gateway: FakeService;

beforeAll(async () => {
  gateway = await fakeGrpcService(
    'sild/gateway/v1/events.proto',
    'sild.gateway.v1.Events',
    {
      ListDeadLetters: () => ({
        pending: '3',
        deadLetters: [
          {
            messageId: '019b7a3a-0000-7000-8000-000000000001',
            eventType: 'nl.brp.person.relocated.v1',
            subjectKey: 'k7f3a',
            subjectSequence: '4',
            error: { reason: 'REASON_DELIVERY_FAILED', message: 'HTTP 503 from the webhook' },
            attempts: 8,
            deadLetteredAt: { seconds: String(Date.parse('2026-03-01T12:00:00Z') / 1000), nanos: 0 },
          },
        ],
      }),
      Redrive: () => ({ delivered: '2', failed: '1' }),
      Replay: () => ({ delivered: '40', deadLettered: '0' }),
    },
    TOKEN,
  );
});

afterAll(async () => {
  await gateway.close();
});

afterEach(() => {
  gateway.received.length = 0;
});

const sild = (args: string[], env: NodeJS.ProcessEnv = { SILD_GATEWAY_TOKEN: TOKEN }) =>
  runSild(args, { SILD_GATEWAY: gateway.address, ...env });
const about = ['--subscriber', SUBSCRIBER, '--subscription', SUBSCRIPTION];

describe('sild deliveries', () => {
  it('lists dead letters with the gateway token, and how many are pending', async () => {
    const run = await sild(['deliveries', 'dead-letters', ...about, '--limit', '10']);
    expect(run.exitCode).toBe(0);
    expect(gateway.received).toEqual([
      {
        method: 'ListDeadLetters',
        request: { subscriber, subscriptionId: SUBSCRIPTION, limit: 10 },
        authorization: `Bearer ${TOKEN}`,
      },
    ]);
    expect(run.stdout).toContain('DELIVERY_FAILED');
    expect(run.stdout).toContain('2026-03-01T12:00:00.000Z');
    expect(run.stdout).toContain('HTTP 503 from the webhook');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('3 pending');
  });

  it('prints the list as one JSON object with --json', async () => {
    const run = await sild(['--json', 'deliveries', 'dead-letters', ...about]);
    expect(JSON.parse(run.stdout)).toEqual({
      pending: 3,
      deadLetters: [
        {
          messageId: '019b7a3a-0000-7000-8000-000000000001',
          subjectKey: 'k7f3a',
          sequence: 4,
          reason: 'DELIVERY_FAILED',
          attempts: 8,
          deadLetteredAt: '2026-03-01T12:00:00.000Z',
          error: 'HTTP 503 from the webhook',
        },
      ],
    });
    expect(gateway.received[0]?.request).toMatchObject({ limit: 100 });
  });

  it('redrives and prints what became of the dead letters', async () => {
    const run = await sild(['--json', 'deliveries', 'redrive', ...about]);
    expect(JSON.parse(run.stdout)).toEqual({ delivered: 2, failed: 1 });
    expect(gateway.received[0]).toMatchObject({
      method: 'Redrive',
      request: { subscriber, subscriptionId: SUBSCRIPTION },
    });
  });

  it('names the gateway and the status when the gateway refuses', async () => {
    const run = await sild(['deliveries', 'redrive', ...about], { SILD_GATEWAY_TOKEN: 'wrong' });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe(
      `sild: gateway ${gateway.address}: UNAUTHENTICATED: a valid bearer token is required\n`,
    );
  });

  it('refuses a bad subscriber or limit before calling', async () => {
    const bad = await sild(['deliveries', 'dead-letters', '--subscriber', 'NL/MUN', '--subscription', 'x']);
    const limit = await sild(['deliveries', 'dead-letters', ...about, '--limit', '0']);
    expect(gateway.received).toEqual([]);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain('sild: subsystem.member_code: ');
    expect(limit.stderr).toBe('sild: "0" is not a number from 1 to 10000\n');
  });
});

describe('sild subscription replay', () => {
  it('replays from an ISO time', async () => {
    const run = await sild([
      '--json',
      'subscription',
      'replay',
      ...about,
      '--from',
      '2026-03-01T12:00:00.250Z',
    ]);
    expect(JSON.parse(run.stdout)).toEqual({ delivered: 40, deadLettered: 0 });
    expect(gateway.received[0]).toMatchObject({
      method: 'Replay',
      request: {
        subscriber,
        subscriptionId: SUBSCRIPTION,
        from: { seconds: String(Date.parse('2026-03-01T12:00:00Z') / 1000), nanos: 250_000_000 },
      },
    });
  });

  it('refuses a time that is not ISO 8601', async () => {
    const run = await sild(['subscription', 'replay', ...about, '--from', 'yesterday']);
    expect(run.stderr).toBe('sild: "yesterday" is not an ISO 8601 time\n');
    expect(gateway.received).toEqual([]);
  });
});
