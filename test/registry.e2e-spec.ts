// The registry end to end: an instance bootstrapped and administered through the `sild` CLI,
// a registry process on PostgreSQL, and registry views that read only the signed topic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageKind, PayloadEncoding, platformTopics, Reason, sild } from '@sild/contracts';
import { decodeEnvelope, decodeHeader, EnvelopeSigner } from '@sild/domain-envelope';
import { GrpcClient } from '@sild/platform-grpc';
import { testMember, testRootCa } from '@sild/platform-crypto/testing';
import { PgDatabase } from '@sild/platform-database';
import { KafkaProducer } from '@sild/platform-kafka';
import { testLogger } from '@sild/platform-kafka/testing';
import { expectEventually } from '@sild/platform-testing';
import { OPERATOR, RegistryService } from '@sild/registry-domain';
import { clientKey, CONFIG_RECORD_TYPE, encodeConfigRecord } from '@sild/registry-config';
import { SqlRegistryRepository } from '@sild/registry-data-access';
import { RegistryView } from '@sild/registry-view';
import { createTestInstance, OPERATOR_TOKEN, testInstanceCode, type TestInstance } from './support/instance';
import { organisation, type TestOrganisation } from './support/members';
import { REGISTRY_SERVICE, registryPackageDefinition } from './support/registry-api';
import { sild as runSild, sildJson } from './support/processes';

/** An instance code of this run only: its topics are its own. */
const NL = testInstanceCode();
const PROVIDER = `${NL}/GOV/00000001`;
const AMSTERDAM = `${NL}/MUN/0363`;
const ROTTERDAM = `${NL}/MUN/0599`;
const RELOCATED = 'nl.brp.person.relocated.v1';
const BORN = 'nl.brp.person.born.v1';
const organisations: TestOrganisation[] = [];

const client = (text: string) => {
  const [instance = '', memberClass = '', memberCode = '', subsystem = ''] = text.split('/');
  return { instance, memberClass, memberCode, subsystem };
};

/** The decoded answer to a request: fails (and is retried by expectEventually) until it is there. */
function answered(organisation: TestOrganisation, messageId: string) {
  const message = organisation.answerTo(messageId);
  if (!message?.value) throw new Error(`no answer to ${messageId} yet`);
  const envelope = decodeEnvelope(message.value);
  return { kind: decodeHeader(envelope.header).kind, payload: envelope.payload };
}

const responseOf = (payload: Uint8Array) => sild.registry.v1.ManagementResponse.decode(payload);

let instance: TestInstance;
let db: PgDatabase;
const views: RegistryView[] = [];

const cli = (...args: string[]) => sildJson(args, instance.cliEnv());
const dbState = () => new RegistryService(new SqlRegistryRepository(db)).state();

async function startView(): Promise<RegistryView> {
  const view = new RegistryView({
    kafka: instance.kafka,
    anchor: instance.anchor,
    logger: testLogger('view'),
    groupPrefix: 'sild-e2e-view',
  });
  views.push(view);
  await view.start();
  return view;
}

beforeAll(async () => {
  instance = await createTestInstance(NL);
  await instance.startRegistry();
  await instance.startSigner();
  db = new PgDatabase({ url: instance.schema.url });
});

afterAll(async () => {
  for (const organisation of organisations) await organisation.stop();
  for (const view of views) await view.stop();
  await db.close();
  await instance.close();
});

describe('registry', () => {
  it('is administered through the CLI: members, subsystems, a service, an event type, a grant, subscriptions', async () => {
    await cli('member', 'add', PROVIDER, '--name', 'RvIG population register');
    await cli('member', 'add', AMSTERDAM, '--name', 'Gemeente Amsterdam');
    await cli('member', 'add', ROTTERDAM, '--name', 'Gemeente Rotterdam');
    await cli('subsystem', 'add', `${PROVIDER}/brp`);
    await cli('subsystem', 'add', `${AMSTERDAM}/burgerzaken`);
    await cli('subsystem', 'add', `${ROTTERDAM}/burgerzaken`);
    // each member gets a signing key in the signer and a certificate from the instance CA
    for (const member of [PROVIDER, AMSTERDAM, ROTTERDAM]) {
      const key = await cli('key', 'create', member, '--label', 'signing');
      const issued = await cli('cert', 'issue', '--key', String(key['handle']));
      expect(issued['keyId']).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(
      await cli(
        'service',
        'add',
        `${PROVIDER}/brp/persons/v1`,
        '--endpoint',
        'GRPC',
        '--description',
        'persons',
      ),
    ).toMatchObject({
      service: `${PROVIDER}/brp/persons/v1`,
      endpoint: 'GRPC',
    });
    await cli(
      'event-type',
      'add',
      RELOCATED,
      '--owner',
      `${PROVIDER}/brp`,
      '--payload-type',
      'type.sild.dev/sild.examples.population.v1.Relocation',
    );
    const grant = await cli(
      'grant',
      'add',
      '--client',
      `${AMSTERDAM}/burgerzaken`,
      '--service',
      `${PROVIDER}/brp/persons/v1`,
      '--purpose',
      'civil registry',
    );
    expect(grant).toMatchObject({ status: 'ACTIVE', client: `${AMSTERDAM}/burgerzaken` });

    const amsterdam = await cli(
      'subscription',
      'request',
      '--subscriber',
      `${AMSTERDAM}/burgerzaken`,
      '--event-type',
      RELOCATED,
      '--purpose',
      'residents',
      '--filter',
      '{"exact":{"municipality":"0363"}}',
    );
    const rotterdam = await cli(
      'subscription',
      'request',
      '--subscriber',
      `${ROTTERDAM}/burgerzaken`,
      '--event-type',
      RELOCATED,
      '--purpose',
      'residents',
    );
    // only the event type's owner decides
    const denied = await runSild(
      ['subscription', 'approve', String(amsterdam['id']), '--by', `${AMSTERDAM}/burgerzaken`],
      instance.cliEnv(),
    );
    expect(denied.code).toBe(1);
    expect(denied.stderr).toMatch(
      new RegExp(`^sild: PERMISSION_DENIED: ${AMSTERDAM}/burgerzaken does not own event type`),
    );
    expect(
      await cli('subscription', 'approve', String(amsterdam['id']), '--by', `${PROVIDER}/brp`),
    ).toMatchObject({ status: 'APPROVED' });
    expect(
      await cli(
        'subscription',
        'reject',
        String(rotterdam['id']),
        '--by',
        `${PROVIDER}/brp`,
        '--reason',
        'no purpose',
      ),
    ).toMatchObject({ status: 'REJECTED' });

    const duplicate = await runSild(['member', 'add', PROVIDER, '--name', 'again'], instance.cliEnv());
    expect(duplicate).toMatchObject({
      code: 1,
      stderr: `sild: ALREADY_EXISTS: member ${PROVIDER} already exists\n`,
    });
    const { SILD_OPERATOR_TOKEN: _token, ...withoutToken } = instance.cliEnv();
    expect(
      await runSild(['member', 'add', `${NL}/GOV/1`, '--name', 'x'], {
        ...withoutToken,
        SILD_OPERATOR_TOKEN: '',
      }),
    ).toMatchObject({
      code: 1,
      stderr: 'sild: UNAUTHENTICATED: a valid bearer token is required\n',
    });
    const unknown = await runSild(['subsystem', 'add', `${NL}/GOV/404/x`], instance.cliEnv());
    expect(unknown).toMatchObject({ code: 1, stderr: `sild: NOT_FOUND: member ${NL}/GOV/404 not found\n` });
  });

  it('a fresh view reading only the compacted topic ends with exactly the database state, and follows changes', async () => {
    const view = await startView();
    const expected = await dbState();
    await expectEventually(() => {
      expect(view.state()).toEqual(expected);
    });
    expect(view.freshness()).toMatchObject({ version: expected.version, ready: true });

    const shown = await cli('registry', 'show');
    expect(shown).toMatchObject({ freshness: { version: expected.version } });
    // the three members, and the signer, which registers itself
    expect((shown['members'] as unknown[]).length).toBe(4);

    expect(expected.certificates.map((c) => clientKey(c.member))).toEqual(
      expect.arrayContaining([PROVIDER, AMSTERDAM, ROTTERDAM]),
    );

    const grant = expected.grants[0]!;
    const registryApi = new GrpcClient(
      registryPackageDefinition(),
      REGISTRY_SERVICE,
      instance.registryAddress(),
      {
        bearerToken: OPERATOR_TOKEN,
      },
    );
    await registryApi.call('RevokeGrant', { id: grant.id });
    const changed = Date.now();
    registryApi.close();
    await expectEventually(
      () => {
        expect(view.state().grants[0]?.status).toBe('REVOKED');
      },
      { intervalMs: 5 },
    );
    console.log(`registry change committed -> visible in a running view: ${Date.now() - changed} ms`);
    expect(view.state()).toEqual(await dbState());
  });

  it("takes members' signed change requests from the bus, each member only for what it owns", async () => {
    await cli(
      'event-type',
      'add',
      BORN,
      '--owner',
      `${PROVIDER}/brp`,
      '--payload-type',
      'type.sild.dev/sild.examples.population.v1.Birth',
    );
    const provider = await organisation(instance, PROVIDER);
    const amsterdam = await organisation(instance, AMSTERDAM);
    const rotterdam = await organisation(instance, ROTTERDAM);
    organisations.push(provider, amsterdam, rotterdam);
    const requested = await amsterdam.requestChange({
      requestSubscription: {
        subscriber: client(`${AMSTERDAM}/burgerzaken`),
        eventType: BORN,
        purpose: 'births of residents',
      },
    });
    const answer = await expectEventually(() => answered(amsterdam, requested), { timeoutMs: 20_000 }).catch(
      (error: unknown) => {
        console.log(
          instance
            .registry()
            .output()
            .split('\n')
            .filter((l) => /management|error|warn/i.test(l))
            .slice(-20)
            .join('\n'),
        );
        throw error;
      },
    );
    expect(answer.kind).toBe(MessageKind.MESSAGE_KIND_RESPONSE);
    const subscriptionId = String(responseOf(answer.payload).subscription?.id);

    const byRotterdam = await rotterdam.requestChange({
      decideSubscription: {
        id: subscriptionId,
        decision: 'SUBSCRIPTION_STATUS_APPROVED',
        decidedBy: client(`${PROVIDER}/brp`),
      },
    });
    const refusal = await expectEventually(() => answered(rotterdam, byRotterdam));
    expect(refusal.kind).toBe(MessageKind.MESSAGE_KIND_ERROR);
    expect(sild.v1.Error.decode(refusal.payload).reason).toBe(Reason.REASON_ACCESS_DENIED);

    const byOwner = await provider.requestChange({
      decideSubscription: {
        id: subscriptionId,
        decision: 'SUBSCRIPTION_STATUS_APPROVED',
        decidedBy: client(`${PROVIDER}/brp`),
      },
    });
    expect(
      responseOf((await expectEventually(() => answered(provider, byOwner))).payload).subscription?.status,
    ).toBe(sild.registry.v1.SubscriptionStatus.SUBSCRIPTION_STATUS_APPROVED);

    // a request signed by a revoked certificate is refused with the reason
    const [certificate] = (await dbState()).certificates.filter((c) => clientKey(c.member) === AMSTERDAM);
    await cli('cert', 'revoke', certificate!.keyId, '--reason', 'keyCompromise');
    const afterRevocation = await amsterdam.requestChange({
      requestSubscription: {
        subscriber: client(`${AMSTERDAM}/burgerzaken`),
        eventType: RELOCATED,
        purpose: 'again',
      },
    });
    const revoked = await expectEventually(() => answered(amsterdam, afterRevocation));
    expect(sild.v1.Error.decode(revoked.payload).reason).toBe(Reason.REASON_CERT_REVOKED);
    const records = await db.query<{ outcome: string; reason: string }>(
      'select outcome, reason from management_requests order by received_at',
    );
    expect(records.rows.map((r) => `${r.outcome} ${r.reason}`.trim())).toEqual([
      'APPLIED',
      'REJECTED ACCESS_DENIED',
      'APPLIED',
      'REJECTED CERT_REVOKED',
    ]);
  });

  it('refuses and counts a record with a bad signature written straight to the topic', async () => {
    const view = await startView();
    const before = view.state();
    const producer = new KafkaProducer(instance.kafka);
    const forged = forgedRecord();
    const flipped = Buffer.from(forged);
    flipped[flipped.length - 40]! ^= 0xff;
    await producer.send(platformTopics(NL).registryConfig, [
      { key: `member/${PROVIDER}`, value: Buffer.from(forged) },
      { key: `member/${PROVIDER}`, value: flipped },
    ]);
    await producer.stop();
    await expectEventually(() => {
      expect(Object.values(view.refusals()).reduce((a, b) => a + b, 0)).toBe(2);
    });
    expect(view.state()).toEqual(before);
  });

  it('publishes a change committed before a crash once the registry is back, without duplicates', async () => {
    const view = await startView();
    await instance.registry().kill();
    // what a registry that died between commit and publish leaves behind: a committed, unpublished change
    await new RegistryService(new SqlRegistryRepository(db)).addMember(
      { id: { instance: NL, memberClass: 'MUN', memberCode: '0014' }, name: 'Gemeente Groningen' },
      OPERATOR,
    );
    expect(
      view.member({ instance: NL, memberClass: 'MUN', memberCode: '0014', subsystem: '' }),
    ).toBeUndefined();
    await instance.startRegistry();
    const state = await dbState();
    await expectEventually(() => {
      expect(view.state()).toEqual(state);
    });
    expect(state.members.filter((m) => m.id.memberCode === '0014')).toHaveLength(1);
  });
});

/** A configuration record that looks right but is signed by a key of another root. */
function forgedRecord(): Uint8Array {
  const impostor = testMember(testRootCa(NL), { memberClass: 'SILD', memberCode: 'registry' });
  const signer = new EnvelopeSigner({
    privateKey: impostor.keys.privateKey,
    certificate: impostor.certificate,
    senderInstanceId: 'impostor',
  });
  const sender = { instance: NL, memberClass: 'SILD', memberCode: 'registry', subsystem: '' };
  const member = {
    id: { instance: NL, memberClass: 'GOV', memberCode: '00000001', subsystem: '' },
    name: 'Hijacked',
    createdAt: new Date(),
  };
  return signer.sign(
    {
      kind: MessageKind.MESSAGE_KIND_MANAGEMENT,
      sender,
      recipientClient: sender,
      payloadType: CONFIG_RECORD_TYPE,
      payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
    },
    encodeConfigRecord('999999', { kind: 'member', value: member }, new Date()),
  ).bytes;
}

describe('registry on the embedded database', () => {
  const EMBEDDED = testInstanceCode();
  let embedded: TestInstance;

  beforeAll(async () => {
    await instance.close();
    embedded = await createTestInstance(EMBEDDED);
  });

  afterAll(async () => {
    await embedded.close();
  });

  it('starts and works with PGlite when DATABASE_URL is unset, and stops cleanly on SIGTERM', async () => {
    const registry = await embedded.startRegistry({
      DATABASE_URL: '',
      SILD_DATA_DIR: `${embedded.dir}/registry`,
    });
    expect(registry.output()).toContain('opened embedded PGlite database');
    await sildJson(['member', 'add', `${EMBEDDED}/GOV/00000001`, '--name', 'RvIG'], embedded.cliEnv());
    await expectEventually(async () => {
      const shown = await sildJson(['registry', 'show'], embedded.cliEnv());
      expect(shown['members']).toEqual([
        expect.objectContaining({ member: `${EMBEDDED}/GOV/00000001`, name: 'RvIG' }),
      ]);
    });
    expect(await registry.stop()).toBe(0);
    expect(registry.output()).toContain('"msg":"stopped"');
  });
});
