// Issue 7 after the events scenario: one event of the population register, published through its
// gateway, routed to two municipalities and delivered to both by their own gateways; the audit
// service answers its trace with the whole cross-organisation chain (the signed EVENT on its topic
// and on both subscription topics, the publisher's, the router's and both subscribers' decisions),
// over gRPC and REST, by time, and exports it as a bundle that verifies offline (person payloads
// are not kept: signed headers and signatures); a flipped byte fails it, naming entry and reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecisionRole, eventTopic, subscriptionTopic, wire } from '@sild/contracts';
import { verifyBundle } from '@sild/audit-evidence';
import { personEventOf, type ResidentListing } from '@sild/examples-population';
import { expectEventually } from '@sild/platform-testing';
import { createTestAudit, entryTimeMs, type TestAudit, type TraceEntry } from './support/audit';
import {
  BACKEND_TOKEN,
  getJson,
  PUBLISHER_TOKEN,
  startEventsScenario,
  type EventsScenario,
  type Municipality,
} from './support/events-scenario';
import { clientRef, eventsApi } from './support/gateways';
import { OPERATOR_TOKEN } from './support/instance';

const [AMSTERDAM, ROTTERDAM] = ['0363', '0599'] as const;

interface Bundle {
  entries: { index: number; record: { kind: string; bytes?: string; signature?: string } }[];
}

let scenario: EventsScenario;
let audit: TestAudit;

beforeAll(async () => {
  scenario = await startEventsScenario({ populationSize: 500, municipalityCodes: [AMSTERDAM, ROTTERDAM] });
  audit = await createTestAudit(scenario.instance);
  await audit.start();
}, 600_000);

afterAll(async () => {
  await (audit as TestAudit | undefined)?.close();
  await (scenario as EventsScenario | undefined)?.close();
}, 300_000);

const municipality = (code: string): Municipality => {
  const found = scenario.municipalities.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`municipality ${code} is not in the scenario`);
  return found;
};

const registerListing = (code: string) =>
  getJson<ResidentListing>(scenario.register.httpPort, `/sild/residents?municipality=${code}`, BACKEND_TOKEN);

const step = (entry: TraceEntry): string =>
  entry.entryType === 'ENTRY_TYPE_DECISION'
    ? `${entry.role} ${entry.outcome} by ${entry.decidedBy}`
    : `${entry.kind} ${entry.verdict} from ${entry.sender} on ${entry.topic}`;

/** Where an entry belongs in the chain: the event, then publisher, router, subscribers. */
const STAGES = [
  'ENTRY_TYPE_ENVELOPE',
  'DECISION_ROLE_PUBLISHER',
  'DECISION_ROLE_ROUTER',
  'DECISION_ROLE_SUBSCRIBER',
];
const stageOf = (entry: TraceEntry): number =>
  STAGES.indexOf(entry.entryType === 'ENTRY_TYPE_DECISION' ? entry.role : entry.entryType);

/** Publishes one relocation from Amsterdam to Rotterdam, as the register's system would. */
async function publishRelocation() {
  const [from, to] = await Promise.all([registerListing(AMSTERDAM), registerListing(ROTTERDAM)]);
  const [person, neighbour] = [from.residents[0], to.residents[0]];
  if (!person || !neighbour) throw new Error('the population has nobody in Amsterdam or Rotterdam');
  const event = personEventOf({
    kind: 'relocated',
    change: {
      nationalId: person.nationalId,
      previousAddress: person.address,
      newAddress: neighbour.address,
      effectiveDate: { year: 2026, month: 5, day: 1 },
      revision: 1,
    },
  });
  const publisher = eventsApi(scenario.providerGateway.address, PUBLISHER_TOKEN);
  try {
    const published = await publisher.call<{ messageId: string; traceId: string }>('Publish', {
      publisher: clientRef(scenario.ids.publisher),
      eventType: event.eventType,
      subject: event.subject,
      attributes: event.attributes,
      payload: Buffer.from(event.payload),
      payloadType: event.payloadType,
      payloadEncoding: 'PAYLOAD_ENCODING_PROTOBUF',
    });
    return { ...published, eventType: event.eventType, nationalId: person.nationalId };
  } finally {
    publisher.close();
  }
}

describe('the audit of an event from one organisation to two others', () => {
  it('answers the trace with the event, its copies and every decision of publisher, router and subscribers, by time', async () => {
    try {
      await auditsTheEvent();
    } catch (error) {
      console.error(
        `${scenario.logTails()}\n--- audit\n${audit.process().output().split('\n').slice(-15).join('\n')}`,
      );
      throw error;
    }
  }, 300_000);
});

async function auditsTheEvent(): Promise<void> {
  const published = await publishRelocation();
  expect(published.traceId).toMatch(/^[0-9a-f]{32}$/);
  const [from, to] = [municipality(AMSTERDAM), municipality(ROTTERDAM)];
  // both municipalities got it: the person left Amsterdam's resident table and is in Rotterdam's
  await expectEventually(
    async () => {
      const [left, joined] = await Promise.all(
        [from, to].map((m) => getJson<ResidentListing>(m.systemPort, '/residents')),
      );
      expect(left!.residents.map((r) => r.nationalId)).not.toContain(published.nationalId);
      expect(joined!.residents.map((r) => r.nationalId)).toContain(published.nationalId);
    },
    { timeoutMs: 60_000, intervalMs: 500 },
  );

  const { publisher, provider } = scenario.ids;
  const topicOf = (m: Municipality) =>
    subscriptionTopic(clientRef(m.subscriber), m.subscriptions[published.eventType] ?? '');
  const { instance } = scenario.instance.anchor;
  // the router decides as the instance, no member's: `INSTANCE//` in the client form
  const router = `${instance}//`;
  const expected = [
    `MESSAGE_KIND_EVENT VERDICT_VALID from ${publisher} on ${eventTopic(instance, published.eventType)}`,
    `MESSAGE_KIND_EVENT VERDICT_VALID from ${publisher} on ${topicOf(from)}`,
    `MESSAGE_KIND_EVENT VERDICT_VALID from ${publisher} on ${topicOf(to)}`,
    `DECISION_ROLE_PUBLISHER DECISION_OUTCOME_SENT by ${provider}`,
    `DECISION_ROLE_ROUTER DECISION_OUTCOME_SENT by ${router}`,
    `DECISION_ROLE_ROUTER DECISION_OUTCOME_SENT by ${router}`,
    `DECISION_ROLE_SUBSCRIBER DECISION_OUTCOME_DELIVERED by ${from.subscriber}`,
    `DECISION_ROLE_SUBSCRIBER DECISION_OUTCOME_DELIVERED by ${to.subscriber}`,
  ];
  let entries: TraceEntry[] = [];
  await expectEventually(
    async () => {
      entries = (await audit.api.call<{ entries: TraceEntry[] }>('GetTrace', { traceId: published.traceId }))
        .entries;
      expect(entries.map(step).sort()).toEqual([...expected].sort());
    },
    { timeoutMs: 60_000 },
  );
  // by time, and so in the order of the chain: event, publisher, router, subscribers
  const times = entries.map(entryTimeMs);
  expect([...times].sort((a, b) => a - b)).toEqual(times);
  const stages = entries.map(stageOf);
  expect(stages).toEqual([0, 0, 0, 1, 2, 2, 3, 3]);

  // the same over REST, for the operator only
  const url = `${audit.process().httpUrl}/v1/traces/${published.traceId}`;
  const rest = await fetch(url, { headers: { authorization: `Bearer ${OPERATOR_TOKEN}` } });
  expect(rest.status).toBe(200);
  expect(((await rest.json()) as { entries: TraceEntry[] }).entries.map(step)).toEqual(entries.map(step));
  expect((await fetch(url)).status).toBe(401);

  // as evidence: signed headers (the payload names a person and is not kept) and decision records
  let bundleJson = '';
  await expectEventually(async () => {
    const exported = await audit.api.call<{ bundleJson: string; uncoveredEntries: number }>('ExportTrace', {
      traceId: published.traceId,
    });
    expect(exported.uncoveredEntries).toBe(0);
    bundleJson = exported.bundleJson;
    const bundle = JSON.parse(bundleJson) as Bundle;
    expect(bundle.entries.map((entry) => entry.record.kind).sort()).toEqual([
      ...Array<string>(5).fill('decision'),
      ...Array<string>(3).fill('envelope-parts'),
    ]);
  });
  const report = verifyBundle(bundleJson, { trustedRootPem: scenario.instance.anchor.rootPem });
  expect(report.checks.filter((check) => !check.ok)).toEqual([]);
  expect(report.ok).toBe(true);
  // the decision records say which subscription the router sent to and each gateway delivered
  const bundle = JSON.parse(bundleJson) as Bundle;
  const decisions = bundle.entries
    .filter((entry) => entry.record.kind === 'decision')
    .map((entry) => wire.Decision.decode(Buffer.from(entry.record.bytes ?? '', 'base64')));
  const subscriptions = [from, to].map((m) => m.subscriptions[published.eventType]);
  for (const role of [DecisionRole.DECISION_ROLE_ROUTER, DecisionRole.DECISION_ROLE_SUBSCRIBER]) {
    const routed = decisions.filter((decision) => decision.role === role).map((d) => d.subscriptionId);
    expect(routed.sort()).toEqual([...subscriptions].sort());
  }
  expect(decisions.every((decision) => decision.messageId === published.messageId)).toBe(true);

  // one byte flipped in the bundle: it fails, naming the entry and why
  type BundleEntry = Bundle['entries'][number];
  /** The bundle text with one base64 digit of `value` (a field of `entry`) changed. */
  const flipped = (entry: BundleEntry, value = ''): string => {
    const start = bundleJson.indexOf(`"index": ${entry.index},`);
    const found = bundleJson.indexOf(value, start);
    expect(start >= 0 && value.length > 0 && found > start).toBe(true);
    const at = found + Math.floor(value.length / 2);
    return `${bundleJson.slice(0, at)}${bundleJson[at] === 'A' ? 'B' : 'A'}${bundleJson.slice(at + 1)}`;
  };
  const signed = bundle.entries.find((entry) => entry.record.kind === 'envelope-parts')!;
  const decided = bundle.entries.find((entry) => entry.record.kind === 'decision')!;
  for (const [text, entry, why] of [
    [flipped(signed, signed.record.signature), signed, /the signature over the header does not verify/],
    [flipped(decided, decided.record.bytes), decided, /the decision record's SHA-256 is not the leaf's/],
  ] as const) {
    const tampered = verifyBundle(text, { trustedRootPem: scenario.instance.anchor.rootPem });
    expect(tampered.ok).toBe(false);
    const failed = tampered.checks.filter((check) => !check.ok);
    expect(failed.map((check) => check.item)).toEqual([`entry ${entry.index}`]);
    expect(failed[0]!.detail).toMatch(why);
  }
}
