// The register publishing its changes to its gateway's Events.Publish: a fake Events server in
// the test stands in for the gateway (fails at first, answers slowly), the register runs as its
// own process, and the test computes the same changes itself from the seeds.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChangeGenerator,
  DeliveryLedger,
  kindOfEventType,
  PERSON_EVENT_PAYLOAD_TYPES,
  PopulationRegister,
  residentListing,
  ResidentSync,
  ResidentTable,
  type ResidentListing,
} from '@sild/examples-population';
import { createLogger } from '@sild/platform-logging';
import { bidiStreaming, GrpcException, GrpcServer, GrpcStatus, type UnaryHandler } from '@sild/platform-grpc';
import { expectEventually, freePort, startService, type ServiceProcess } from '@sild/platform-testing';
import { EVENTS_SERVICE, eventsPackageDefinition } from './events-gateway.sink';

const SIZE = 500;
const SEED = 'register-events-it';
const CHANGE_SEED = 'register-events-it/changes';
const TIMED = 30;
const REQUESTED = 200;
const FAILING = 3;
const gatewayToken = `gateway-${randomBytes(6).toString('hex')}`;
const adminToken = `backend-${randomBytes(6).toString('hex')}`;

interface Published {
  publisher: { instance: string; memberClass: string; memberCode: string; subsystem: string };
  eventType: string;
  subject: string;
  attributes: Record<string, string>;
  payload: Buffer;
  payloadType: string;
  payloadEncoding: string;
}

const published: Published[] = [];
let calls = 0;
let gateway: GrpcServer;
let register: ServiceProcess;
let http: string;

const unimplemented: UnaryHandler = () =>
  Promise.reject(new GrpcException(GrpcStatus.UNIMPLEMENTED, 'not here'));

async function api(
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${http}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  gateway = new GrpcServer({
    packageDefinition: eventsPackageDefinition(),
    logger: createLogger({ service: 'fake-gateway', level: 'silent' }),
    bearerToken: gatewayToken,
  });
  const sequences = new Map<string, number>();
  gateway.addService(EVENTS_SERVICE, {
    Publish: async (request) => {
      calls += 1;
      const call = calls;
      // a slow gateway, slower for some: publications of different persons overtake each other
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 8));
      if (call <= FAILING) throw new GrpcException(GrpcStatus.UNAVAILABLE, 'the gateway is starting');
      const event = request as Published;
      published.push(event);
      const sequence = (sequences.get(`${event.eventType}/${event.subject}`) ?? 0) + 1;
      sequences.set(`${event.eventType}/${event.subject}`, sequence);
      return {
        messageId: `m-${published.length}`,
        traceId: '',
        subjectKey: 'k',
        subjectSequence: String(sequence),
      };
    },
    Receive: bidiStreaming(() => Promise.reject(new GrpcException(GrpcStatus.UNIMPLEMENTED, 'not here'))),
    PublishBatch: unimplemented,
    Follow: unimplemented,
    ListDeadLetters: unimplemented,
    Redrive: unimplemented,
    Replay: unimplemented,
  });
  const gatewayPort = await gateway.listen('127.0.0.1', 0);
  const [httpPort, grpcPort] = [await freePort(), await freePort()];
  register = startService('population-register', 'apps/population-register/src/main.ts', {
    HTTP_PORT: String(httpPort),
    GRPC_PORT: String(grpcPort),
    GRPC_AUTH_TOKEN: adminToken,
    POPULATION_SIZE: String(SIZE),
    POPULATION_SEED: SEED,
    POPULATION_CHANGE_SEED: CHANGE_SEED,
    POPULATION_CHANGES_PER_SECOND: '20',
    POPULATION_CHANGES_TOTAL: String(TIMED),
    POPULATION_GATEWAY_ADDRESS: `127.0.0.1:${gatewayPort}`,
    POPULATION_GATEWAY_TOKEN: gatewayToken,
  });
  await register.ready();
  http = `http://127.0.0.1:${httpPort}`;
});

afterAll(async () => {
  expect(await register.stop()).toBe(0);
  await gateway.shutdown(1_000);
  const output = register.output();
  for (const event of published) expect(output).not.toContain(event.subject);
});

describe('population register publishing its changes', () => {
  it('publishes every change, timed and requested, in order per person, after retrying failures', async () => {
    const answer = await api('/sild/changes', { method: 'POST', body: JSON.stringify({ count: REQUESTED }) });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ applied: REQUESTED, published: REQUESTED, pending: 0 });
    const stats = await expectEventually(async () => {
      const { body } = await api('/sild/changes');
      expect(body).toMatchObject({ pending: 0, generator: { made: TIMED, finished: true } });
      return body;
    });
    expect(published).toHaveLength(TIMED + REQUESTED);
    expect(stats['publishFailures']).toBe(FAILING);
    const counted = Object.values(stats['published'] as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(counted).toBe(TIMED + REQUESTED);

    const revisions = new Map<string, number>();
    for (const event of published) {
      const kind = kindOfEventType(event.eventType)!;
      expect(event).toMatchObject({
        publisher: { instance: 'NL', memberClass: 'GOV', memberCode: '00000001', subsystem: 'brp' },
        payloadType: PERSON_EVENT_PAYLOAD_TYPES[kind],
        payloadEncoding: 'PAYLOAD_ENCODING_PROTOBUF',
      });
      expect(event.attributes['municipality']).toMatch(/^\d{4}$/);
      if (kind === 'relocated') expect(event.attributes['previousmunicipality']).toMatch(/^\d{4}$/);
      // one person's events reach the gateway in the order of their changes
      const revision = Number(event.attributes['revision']);
      expect(revision, event.eventType).toBe(
        (revisions.get(event.subject) ?? (kind === 'born' ? 0 : revision - 1)) + 1,
      );
      revisions.set(event.subject, revision);
    }
  });

  it("answers the register's truth per municipality, as the seeds say, and as the events build it", async () => {
    const expected = PopulationRegister.generate({ size: SIZE, seed: SEED });
    const initial = PopulationRegister.generate({ size: SIZE, seed: SEED });
    const generator = new ChangeGenerator(expected, CHANGE_SEED);
    for (let i = 0; i < TIMED + REQUESTED; i += 1) generator.next();
    for (const code of ['0363', '0599', '0935']) {
      const { status, body } = await api(`/sild/residents?municipality=${code}`);
      expect(status).toBe(200);
      const truth = body as unknown as ResidentListing;
      expect(truth).toEqual(JSON.parse(JSON.stringify(residentListing(code, expected.residentsOf(code)))));
      // a subscriber that loaded the initial residents and applies the published events agrees
      const table = new ResidentTable(code);
      for (const person of initial.residentsOf(code)) table.load(person);
      const sync = new ResidentSync(table, new DeliveryLedger(), {
        getPerson: (id) => Promise.resolve(expected.find(id)),
      });
      let n = 0;
      for (const event of published) {
        await sync.apply({
          messageId: `m-${++n}`,
          eventType: event.eventType,
          subjectKey: event.subject,
          subjectSequence: n,
          attributes: event.attributes,
          payload: event.payload,
          format: 'protobuf',
          redelivery: false,
        });
      }
      expect(table.listing().digest, code).toBe(truth.digest);
    }
  });

  it('refuses requests without the token and malformed ones', async () => {
    const anonymous = await fetch(`${http}/sild/residents?municipality=0363`);
    expect(anonymous.status).toBe(401);
    expect(await api('/sild/residents?municipality=36')).toMatchObject({
      status: 422,
      body: { reason: 'REASON_INVALID_ARGUMENT' },
    });
    expect(await api('/sild/changes', { method: 'POST', body: '{"count": -1}' })).toMatchObject({
      status: 422,
      body: { message: 'count must be an integer from 0 to 100000' },
    });
    expect((await api('/sild/changes', { method: 'POST', body: 'ten' })).status).toBe(422);
  });
});
