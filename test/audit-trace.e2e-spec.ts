// Issue 7 after the gateway scenario: one call between two organisations through their gateways,
// and the audit service answers its trace with the whole cross-organisation chain (both signed
// envelopes and every decision of both gateways), over gRPC and REST, and exports it as a bundle
// that verifies offline with the envelopes kept whole (payload storage on for this service).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBundle } from '@sild/audit-evidence';
import type { GrpcClient } from '@sild/platform-grpc';
import { expectEventually } from '@sild/platform-testing';
import { createTestAudit, entryTimeMs, type TestAudit, type TraceEntry } from './support/audit';
import { startCallScenario, type CallScenario } from './support/call-scenario';
import { OPERATOR_TOKEN } from './support/instance';

let scenario: CallScenario;
let api: GrpcClient;
let audit: TestAudit;

beforeAll(async () => {
  scenario = await startCallScenario();
  await scenario.startGateway(scenario.providerOptions);
  api = scenario.api(await scenario.startGateway(scenario.clientOptions));
  audit = await createTestAudit(scenario.instance, {
    AUDIT_STORE_PAYLOADS: scenario.ids.service,
    AUDIT_PAYLOAD_KEY: randomBytes(32).toString('base64'),
  });
  await audit.start();
}, 300_000);

afterAll(async () => {
  await (audit as TestAudit | undefined)?.close();
  await (scenario as CallScenario | undefined)?.close();
});

const step = (entry: TraceEntry): string =>
  entry.entryType === 'ENTRY_TYPE_DECISION'
    ? `${entry.outcome} by ${entry.decidedBy}`
    : `${entry.kind} ${entry.verdict} from ${entry.sender}`;

describe('the audit of a call between two organisations', () => {
  it('answers the trace with both envelopes and every decision of both gateways, by time', async () => {
    const response = await scenario.call(api, 'echo:audited');
    expect(response.error).toBeUndefined();
    const { client, provider } = scenario.ids;
    const expected = [
      `MESSAGE_KIND_REQUEST VERDICT_VALID from ${client}/burgerzaken`,
      `DECISION_OUTCOME_SENT by ${client}`,
      `DECISION_OUTCOME_ACCEPTED by ${provider}`,
      `MESSAGE_KIND_RESPONSE VERDICT_VALID from ${provider}/brp`,
      `DECISION_OUTCOME_ANSWERED by ${provider}`,
      `DECISION_OUTCOME_DELIVERED by ${client}`,
    ];
    let entries: TraceEntry[] = [];
    await expectEventually(
      async () => {
        entries = (await audit.api.call<{ entries: TraceEntry[] }>('GetTrace', { traceId: response.traceId }))
          .entries;
        expect(entries.map(step).sort()).toEqual([...expected].sort());
      },
      { timeoutMs: 60_000 },
    );
    const times = entries.map(entryTimeMs);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(step(entries[0]!)).toBe(expected[0]);
    expect(step(entries.at(-1)!)).toBe(expected.at(-1));

    // the same over REST, for the operator only
    const url = `${audit.process().httpUrl}/v1/traces/${response.traceId}`;
    const rest = await fetch(url, { headers: { authorization: `Bearer ${OPERATOR_TOKEN}` } });
    expect(rest.status).toBe(200);
    expect(((await rest.json()) as { entries: unknown[] }).entries).toHaveLength(6);
    expect((await fetch(url)).status).toBe(401);

    // and as evidence: the envelopes whole (kept encrypted for this service), all verified offline
    await expectEventually(async () => {
      const exported = await audit.api.call<{ bundleJson: string; uncoveredEntries: number }>('ExportTrace', {
        traceId: response.traceId,
      });
      expect(exported.uncoveredEntries).toBe(0);
      const bundle = JSON.parse(exported.bundleJson) as { entries: { record: { kind: string } }[] };
      expect(bundle.entries.map((entry) => entry.record.kind).sort()).toEqual([
        'decision',
        'decision',
        'decision',
        'decision',
        'envelope',
        'envelope',
      ]);
      const report = verifyBundle(exported.bundleJson, { trustedRootPem: scenario.instance.anchor.rootPem });
      expect(report.checks.filter((check) => !check.ok)).toEqual([]);
    });
  });
});
