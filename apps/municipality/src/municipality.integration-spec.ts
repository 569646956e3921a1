// A municipality's system as its own process, against a fake gateway in the test (Gateway.Call
// answered by an in-test population register, Events.Receive fed by the test): the resident table
// ends equal to the register's truth, by webhook and by stream.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChangeGenerator,
  GET_PERSON_REQUEST_TYPE,
  kindOfEventType,
  PERSON_EVENT_PAYLOAD_TYPES,
  personEventOf,
  PopulationRegister,
  residentListing,
  SeededRandom,
  type SubscriberEvent,
} from '@sild/examples-population';
import { FakeGateway } from '@sild/examples-population/testing';
import { expectEventually, freePort, startService, type ServiceProcess } from '@sild/platform-testing';
import { deliveryOf, FakeMunicipalityGateway } from './testing/fake-gateway.server';

const SUBSCRIPTIONS = ['sub-born', 'sub-died', 'sub-relocated', 'sub-renamed'];
const subscriptionOf = (event: SubscriberEvent) =>
  SUBSCRIPTIONS[['born', 'died', 'relocated', 'renamed'].indexOf(kindOfEventType(event.eventType) ?? '')]!;

interface World {
  register: PopulationRegister;
  generator: ChangeGenerator;
  desk: FakeGateway;
  gateway: FakeMunicipalityGateway;
  municipality: ServiceProcess;
  http: string;
  token: string;
}

/** Applies `count` changes to the register; the events of those about `code`, delivered by the desk. */
function change(world: World, code: string, count: number): SubscriberEvent[] {
  const events: SubscriberEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const event = personEventOf(world.generator.next());
    const delivered = world.desk.deliver(event);
    if (event.attributes['municipality'] === code || event.attributes['previousmunicipality'] === code) {
      events.push({ ...delivered, payloadType: PERSON_EVENT_PAYLOAD_TYPES[event.kind] });
    }
  }
  return events;
}

async function setUp(code: string, env: Record<string, string>, gate?: Promise<void>): Promise<World> {
  const register = PopulationRegister.generate({ size: 1_500, seed: `municipality-it-${code}` });
  const token = `gateway-${randomBytes(6).toString('hex')}`;
  const gateway = new FakeMunicipalityGateway(register, token);
  if (gate) gateway.searchGate = gate;
  gateway.failingSearches = 1;
  const address = await gateway.start();
  const port = await freePort();
  const httpToken = `webhook-${randomBytes(6).toString('hex')}`;
  const municipality = startService(`municipality-${code}`, 'apps/municipality/src/main.ts', {
    HTTP_PORT: String(port),
    MUNICIPALITY_CODE: code,
    MUNICIPALITY_GATEWAY_ADDRESS: address,
    MUNICIPALITY_GATEWAY_TOKEN: token,
    MUNICIPALITY_SUBSCRIBER: `NL/MUN/${code}/burgerzaken`,
    MUNICIPALITY_SUBSCRIPTION_IDS: SUBSCRIPTIONS.join(','),
    MUNICIPALITY_HTTP_TOKEN: httpToken,
    ...env,
  });
  return {
    register,
    generator: new ChangeGenerator(register, `municipality-it-${code}/changes`),
    desk: new FakeGateway(() => new Date(Date.now() - 1_500)),
    gateway,
    municipality,
    http: `http://127.0.0.1:${port}`,
    token: httpToken,
  };
}

async function tearDown(world: World): Promise<void> {
  expect(await world.municipality.stop()).toBe(0);
  await world.gateway.stop();
  // personal data never reaches the log
  const output = world.municipality.output();
  for (const person of world.register.residentsOf('0363').slice(0, 200))
    expect(output).not.toContain(person.nationalId);
}

async function get(world: World, path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${world.http}${path}`, {
    headers: { authorization: `Bearer ${world.token}` },
  });
  expect(response.status, path).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

async function expectTruth(world: World, code: string): Promise<void> {
  const truth = residentListing(code, world.register.residentsOf(code));
  const table = await get(world, '/residents');
  expect(table['count']).toBe(truth.count);
  expect(table['digest']).toBe(truth.digest);
}

/** The headers the gateway sends in the CloudEvents HTTP binary content mode. */
function cloudEventHeaders(event: SubscriberEvent, token: string): Record<string, string> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${token}`,
    'content-type': 'application/protobuf',
    'ce-specversion': '1.0',
    'ce-id': event.messageId,
    'ce-source': 'sild:NL/GOV/00000001/brp',
    'ce-type': event.eventType,
    'ce-subject': event.subjectKey,
    'ce-time': (event.createdAt ?? new Date()).toISOString(),
    'ce-sildsubscription': subscriptionOf(event),
    'ce-sildsequence': String(event.subjectSequence),
    'ce-sildpayloadtype': event.payloadType ?? '',
    'ce-sildattempt': '1',
  };
  for (const [name, value] of Object.entries(event.attributes)) headers[`ce-${name}`] = value;
  return headers;
}

function post(world: World, event: SubscriberEvent, headers: Record<string, string> = {}, body?: Uint8Array) {
  return fetch(`${world.http}/events`, {
    method: 'POST',
    headers: { ...cloudEventHeaders(event, world.token), ...headers },
    body: Buffer.from(body ?? event.payload),
  });
}

/** The events in an order a subscriber may see: each type in order, the types interleaved. */
function interleaved(events: SubscriberEvent[], random: SeededRandom): SubscriberEvent[] {
  const queues = SUBSCRIPTIONS.map((id) => events.filter((e) => subscriptionOf(e) === id));
  const out: SubscriberEvent[] = [];
  while (queues.some((q) => q.length > 0)) out.push(random.pick(queues.filter((q) => q.length > 0)).shift()!);
  return out;
}

describe('municipality by webhook (CloudEvents binary mode)', () => {
  const CODE = '0363';
  let world: World;
  let releaseLoad: () => void;

  beforeAll(async () => {
    world = await setUp(
      CODE,
      { MUNICIPALITY_DELIVERY: 'webhook' },
      new Promise((resolve) => (releaseLoad = resolve)),
    );
  });
  afterAll(() => tearDown(world));

  it('applies events that arrive before and after the initial load, and ends equal to the register', async () => {
    // the webhook serves while the initial load waits for the gateway
    await expectEventually(async () => {
      expect((await fetch(`${world.http}/stats`)).status).toBe(200);
    });
    const early = change(world, CODE, 150);
    for (const event of early) expect((await post(world, event)).status).toBe(200);
    releaseLoad();
    await world.municipality.ready();
    const random = new SeededRandom('webhook-order');
    const late = interleaved(change(world, CODE, 400), random);
    let duplicates = 0;
    for (const event of late) {
      const response = await post(world, event);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ outcome: 'applied' });
      if (random.chance(0.1)) {
        duplicates += 1;
        expect(await (await post(world, event, { 'ce-sildattempt': '2' })).json()).toEqual({
          outcome: 'duplicate',
        });
      }
    }
    await expectTruth(world, CODE);
    const stats = await get(world, '/stats');
    const applied = (stats['events'] as { applied: Record<string, number> }).applied;
    expect(Object.values(applied).reduce((a, b) => a + b, 0)).toBe(early.length + late.length);
    expect(stats).toMatchObject({
      municipality: CODE,
      delivery: 'webhook',
      initialLoad: { done: true },
      events: { duplicates, foreign: 0, rejected: 0, gaps: 0 },
    });
    expect((stats['events'] as { lagSeconds: number }).lagSeconds).toBeGreaterThanOrEqual(1.5);
    // the first search failed and was retried; names of persons moving in were asked for
    const searches = world.gateway.calls.filter((c) => c.payloadType.endsWith('SearchPersonsRequest'));
    expect(searches.length).toBeGreaterThan(1);
    const lookups = world.gateway.calls.filter((c) => c.payloadType === GET_PERSON_REQUEST_TYPE);
    expect(lookups.length).toBeGreaterThan(0);
    expect(lookups[0]).toMatchObject({
      onBehalfOf: 'system:resident-table',
      client: { subsystem: 'burgerzaken' },
    });
  });

  it('refuses what it cannot apply with 4xx, and what it must not see without the token', async () => {
    const [event] = change(world, CODE, 40);
    expect(event).toBeDefined();
    const status = async (headers: Record<string, string>, body?: Uint8Array) =>
      (await post(world, event!, headers, body)).status;
    expect(await status({ 'ce-specversion': '0.3' })).toBe(400);
    expect(await status({ 'ce-sildsequence': 'x' })).toBe(400);
    expect(await status({ 'ce-revision': '' })).toBe(400);
    expect(await status({ 'content-type': 'text/plain' })).toBe(415);
    expect(await status({ 'ce-sildsubscription': 'someone-elses' })).toBe(400);
    expect(await status({}, new Uint8Array([0xff, 0xff]))).toBe(400);
    expect(await status({ authorization: 'Bearer wrong' })).toBe(401);
    expect((await fetch(`${world.http}/residents`)).status).toBe(401);
    const stats = await get(world, '/stats');
    expect(stats['events']).toMatchObject({ rejected: 6 });
    const body = (await (await post(world, event!, { 'ce-specversion': '0.3' })).json()) as Record<
      string,
      string
    >;
    expect(body).toEqual({
      error: 'MALFORMED_EVENT',
      message: 'ce-specversion must be 1.0 (CloudEvents binary content mode)',
    });
  });
});

describe('municipality by Receive stream', () => {
  const CODE = '0599';
  let world: World;

  beforeAll(async () => {
    world = await setUp(CODE, { MUNICIPALITY_DELIVERY: 'stream' });
    await world.municipality.ready();
  });
  afterAll(() => tearDown(world));

  it('acknowledges what it applied, reconnects after the gateway breaks the streams, and ends equal', async () => {
    await expectEventually(() => {
      expect(world.gateway.streamsOpened).toBe(SUBSCRIPTIONS.length);
    });
    const events = change(world, CODE, 600);
    const half = Math.floor(events.length / 2);
    for (const event of events.slice(0, half)) {
      world.gateway
        .subscription(subscriptionOf(event))
        .deliveries.push(deliveryOf(event, subscriptionOf(event)));
    }
    await expectEventually(() => {
      const acked = SUBSCRIPTIONS.reduce((n, id) => n + world.gateway.subscription(id).acked.size, 0);
      expect(acked).toBeGreaterThan(half / 3);
    });
    world.gateway.breakStreams();
    for (const event of events.slice(half)) {
      world.gateway
        .subscription(subscriptionOf(event))
        .deliveries.push(deliveryOf(event, subscriptionOf(event)));
    }
    await expectEventually(
      () => {
        for (const id of SUBSCRIPTIONS) expect(world.gateway.subscription(id).unacked, id).toEqual([]);
      },
      { timeoutMs: 60_000 },
    );
    expect(world.gateway.streamsOpened).toBeGreaterThanOrEqual(2 * SUBSCRIPTIONS.length);
    await expectTruth(world, CODE);
    const stats = await get(world, '/stats');
    expect(stats).toMatchObject({
      delivery: 'stream',
      streamsConnected: SUBSCRIPTIONS.length,
      events: { foreign: 0 },
    });
    const applied = (stats['events'] as { applied: Record<string, number> }).applied;
    expect(Object.values(applied).reduce((a, b) => a + b, 0)).toBe(events.length);
  });
});
