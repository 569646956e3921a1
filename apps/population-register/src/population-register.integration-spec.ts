// The population register as a process: ProviderBackend.Handle over gRPC and POST /sild/backend
// over HTTP, answering from the same deterministic population the test generates itself.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { population } from '@sild/contracts';
import {
  generatePopulation,
  GET_PERSON_REQUEST_TYPE,
  GET_PERSON_RESPONSE_TYPE,
  isLiving,
  SEARCH_PERSONS_REQUEST_TYPE,
  SEARCH_PERSONS_RESPONSE_TYPE,
} from '@sild/examples-population';
import { GrpcClient, GrpcStatus } from '@sild/platform-grpc';
import { expectEventually, freePort, startService, type ServiceProcess } from '@sild/platform-testing';
import {
  PROVIDER_BACKEND_SERVICE,
  providerBackendPackageDefinition,
} from './provider-backend.grpc.controller';

const SEED = 'population-register-it';
const persons = generatePopulation({ size: 500, seed: SEED });
const known = persons.find((p) => isLiving(p) && p.address.municipalityCode === '0363')!;
const deceased = persons.find((p) => !isLiving(p))!;
const rotterdam = persons
  .filter((p) => isLiving(p) && p.address.municipalityCode === '0599')
  .map((p) => p.nationalId)
  .sort();
const token = `backend-${randomBytes(8).toString('hex')}`;

let service: ServiceProcess;
let grpc: GrpcClient;
let http: string;
let grpcAddress: string;

interface BackendResponseObject {
  payload: Buffer;
  payloadType: string;
  payloadEncoding: string;
  error: { reason: string; message: string } | null;
}

const handle = (
  payloadType: string,
  payload: Uint8Array,
  payloadEncoding = 'PAYLOAD_ENCODING_PROTOBUF',
  metadata = {},
) =>
  grpc.call<BackendResponseObject>(
    'Handle',
    {
      client: { instance: 'NL', memberClass: 'MUN', memberCode: '0363', subsystem: 'burgerzaken' },
      service: {
        provider: { instance: 'NL', memberClass: 'GOV', memberCode: '00000001', subsystem: 'brp' },
        serviceCode: 'persons',
        serviceVersion: 'v1',
      },
      messageId: '0190f0f0-0000-7000-8000-000000000001',
      payload: Buffer.from(payload),
      payloadType,
      payloadEncoding,
      onBehalfOf: 'employee-17',
      purpose: 'integration test',
    },
    metadata,
  );
const getPerson = (nationalId: string) => population.GetPersonRequest.encode({ nationalId }).finish();
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function post(
  payloadType: string,
  body: Uint8Array | string,
  contentType: string,
  headers: Record<string, string> = {},
) {
  return fetch(`${http}/sild/backend`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': contentType,
      'sild-payload-type': payloadType,
      'sild-client': 'NL/MUN/0363/burgerzaken',
      'sild-message-id': '0190f0f0-0000-7000-8000-000000000002',
      'sild-on-behalf-of': 'employee-17',
      'sild-purpose': 'integration test',
      ...headers,
    },
    body: typeof body === 'string' ? body : Buffer.from(body),
  });
}

beforeAll(async () => {
  const [httpPort, grpcPort] = [await freePort(), await freePort()];
  service = startService('population-register', 'apps/population-register/src/main.ts', {
    HTTP_PORT: String(httpPort),
    GRPC_PORT: String(grpcPort),
    GRPC_AUTH_TOKEN: token,
    POPULATION_SIZE: '500',
    POPULATION_SEED: SEED,
  });
  await service.ready();
  grpcAddress = `127.0.0.1:${grpcPort}`;
  grpc = new GrpcClient(providerBackendPackageDefinition(), PROVIDER_BACKEND_SERVICE, grpcAddress, {
    bearerToken: token,
  });
  http = `http://127.0.0.1:${httpPort}`;
});

afterAll(async () => {
  grpc.close();
  expect(await service.stop()).toBe(0);
  // personal data never reaches the log
  const output = service.output();
  for (const person of persons) expect(output).not.toContain(person.nationalId);
  expect(output).toContain('"residentsByMunicipality"');
});

describe('population register over gRPC (ProviderBackend.Handle)', () => {
  it('gets a person in protobuf and in JSON', async () => {
    const answer = await handle(GET_PERSON_REQUEST_TYPE, getPerson(known.nationalId));
    expect(answer).toMatchObject({
      payloadType: GET_PERSON_RESPONSE_TYPE,
      payloadEncoding: 'PAYLOAD_ENCODING_PROTOBUF',
      error: null,
    });
    const person = population.GetPersonResponse.decode(answer.payload).person!;
    expect(person).toMatchObject({
      nationalId: known.nationalId,
      address: known.address,
      birthDate: known.birthDate,
    });
    expect(person.name).toMatchObject({ givenNames: known.name.givenNames, surname: known.name.surname });

    const inJson = await handle(
      GET_PERSON_REQUEST_TYPE,
      json({ nationalId: deceased.nationalId }),
      'PAYLOAD_ENCODING_JSON',
    );
    expect(inJson.payloadEncoding).toBe('PAYLOAD_ENCODING_JSON');
    expect(JSON.parse(inJson.payload.toString('utf8'))).toMatchObject({
      person: { nationalId: deceased.nationalId, deathDate: deceased.deathDate },
    });
  });

  it('searches a municipality page by page', async () => {
    const seen: string[] = [];
    let pageToken = '';
    do {
      const answer = await handle(
        SEARCH_PERSONS_REQUEST_TYPE,
        population.SearchPersonsRequest.encode({
          municipalityCode: '0599',
          pageSize: 25,
          pageToken,
        }).finish(),
      );
      expect(answer.payloadType).toBe(SEARCH_PERSONS_RESPONSE_TYPE);
      const page = population.SearchPersonsResponse.decode(answer.payload);
      expect(page.total).toBe(rotterdam.length);
      seen.push(...page.persons.map((p) => p.nationalId ?? ''));
      pageToken = page.nextPageToken;
    } while (pageToken);
    expect(seen).toEqual(rotterdam);
  });

  it('refuses in BackendResponse.error, not with a gRPC status', async () => {
    const refusal = async (payloadType: string, payload: Uint8Array) =>
      (await handle(payloadType, payload)).error;
    expect(await refusal(GET_PERSON_REQUEST_TYPE, getPerson('111222333'))).toMatchObject({
      reason: 'REASON_NOT_FOUND',
    });
    expect(await refusal(GET_PERSON_REQUEST_TYPE, getPerson('123'))).toMatchObject({
      reason: 'REASON_INVALID_ARGUMENT',
      message: 'national_id: must be nine digits',
    });
    expect(await refusal(GET_PERSON_REQUEST_TYPE, new Uint8Array([0xff, 0xff]))).toMatchObject({
      reason: 'REASON_INVALID_ARGUMENT',
    });
    expect(
      await refusal('type.googleapis.com/sild.examples.population.v1.Person', getPerson(known.nationalId)),
    ).toMatchObject({
      reason: 'REASON_INVALID_ARGUMENT',
    });
    const badToken = population.SearchPersonsRequest.encode({
      municipalityCode: '0363',
      pageToken: 'nope',
    }).finish();
    expect(await refusal(SEARCH_PERSONS_REQUEST_TYPE, badToken)).toMatchObject({
      reason: 'REASON_INVALID_ARGUMENT',
      message: 'page_token: is not a page token of this search',
    });
  });

  it('requires the bearer token', async () => {
    const anonymous = new GrpcClient(
      providerBackendPackageDefinition(),
      PROVIDER_BACKEND_SERVICE,
      grpcAddress,
    );
    try {
      await expect(anonymous.call('Handle', { payloadType: GET_PERSON_REQUEST_TYPE })).rejects.toMatchObject({
        status: GrpcStatus.UNAUTHENTICATED,
      });
    } finally {
      anonymous.close();
    }
    await expect(
      handle(GET_PERSON_REQUEST_TYPE, getPerson(known.nationalId), undefined, {
        authorization: 'Bearer wrong',
      }),
    ).rejects.toMatchObject({ status: GrpcStatus.UNAUTHENTICATED });
  });

  it('continues the caller trace', async () => {
    const traceId = randomBytes(16).toString('hex');
    await handle(GET_PERSON_REQUEST_TYPE, getPerson(known.nationalId), undefined, {
      traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
    });
    await expectEventually(
      () => {
        expect(service.output()).toMatch(new RegExp(`"trace_id":"${traceId}".*"transport":"grpc"`));
      },
      { timeoutMs: 5_000 },
    );
  });
});

describe('population register over HTTP (POST /sild/backend)', () => {
  it('gets a person in protobuf and in JSON', async () => {
    const response = await post(
      GET_PERSON_REQUEST_TYPE,
      getPerson(known.nationalId),
      'application/x-protobuf',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-protobuf');
    expect(response.headers.get('sild-payload-type')).toBe(GET_PERSON_RESPONSE_TYPE);
    const person = population.GetPersonResponse.decode(new Uint8Array(await response.arrayBuffer())).person!;
    expect(person.nationalId).toBe(known.nationalId);

    const inJson = await post(
      GET_PERSON_REQUEST_TYPE,
      JSON.stringify({ national_id: known.nationalId }),
      'application/json; charset=utf-8',
    );
    expect(inJson.status).toBe(200);
    expect(inJson.headers.get('content-type')).toBe('application/json');
    expect(await inJson.json()).toMatchObject({
      person: { nationalId: known.nationalId, address: known.address },
    });
  });

  it('searches a municipality page by page in JSON', async () => {
    const seen: string[] = [];
    let pageToken = '';
    do {
      const response = await post(
        SEARCH_PERSONS_REQUEST_TYPE,
        JSON.stringify({ municipalityCode: '0599', pageSize: 40, pageToken }),
        'application/json',
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('sild-payload-type')).toBe(SEARCH_PERSONS_RESPONSE_TYPE);
      const page = (await response.json()) as {
        persons?: { nationalId: string }[];
        nextPageToken?: string;
        total: number;
      };
      expect(page.total).toBe(rotterdam.length);
      seen.push(...(page.persons ?? []).map((p) => p.nationalId));
      pageToken = page.nextPageToken ?? '';
    } while (pageToken);
    expect(seen).toEqual(rotterdam);
  });

  it('refuses with a status and a JSON reason', async () => {
    const refusal = async (response: Response) => ({
      status: response.status,
      body: await response.json(),
    });
    expect(
      await refusal(await post(GET_PERSON_REQUEST_TYPE, getPerson('111222333'), 'application/x-protobuf')),
    ).toEqual({
      status: 404,
      body: { reason: 'REASON_NOT_FOUND', message: 'national_id: no person with that national id' },
    });
    expect(
      await refusal(await post(GET_PERSON_REQUEST_TYPE, '{"nationalId": "12"}', 'application/json')),
    ).toEqual({
      status: 422,
      body: { reason: 'REASON_INVALID_ARGUMENT', message: 'national_id: must be nine digits' },
    });
    expect(
      await refusal(
        await post(
          SEARCH_PERSONS_REQUEST_TYPE,
          '{"municipalityCode": "0363", "pageToken": "x"}',
          'application/json',
        ),
      ),
    ).toMatchObject({
      status: 422,
      body: { reason: 'REASON_INVALID_ARGUMENT' },
    });
    expect(
      await refusal(await post('type.googleapis.com/x.Unknown', '{}', 'application/json')),
    ).toMatchObject({
      status: 422,
      body: { reason: 'REASON_INVALID_ARGUMENT' },
    });
    expect(await refusal(await post(GET_PERSON_REQUEST_TYPE, 'nationalId=1', 'text/plain'))).toMatchObject({
      status: 415,
      body: { reason: 'REASON_INVALID_ARGUMENT' },
    });
    expect(
      await refusal(
        await post(GET_PERSON_REQUEST_TYPE, '{}', 'application/json', { authorization: 'Bearer wrong' }),
      ),
    ).toMatchObject({
      status: 401,
      body: { reason: 'REASON_ACCESS_DENIED' },
    });
  });

  it('continues the caller trace', async () => {
    const traceId = randomBytes(16).toString('hex');
    await post(GET_PERSON_REQUEST_TYPE, getPerson(known.nationalId), 'application/x-protobuf', {
      traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
    });
    await expectEventually(
      () => {
        expect(service.output()).toMatch(new RegExp(`"trace_id":"${traceId}".*"transport":"http"`));
      },
      { timeoutMs: 5_000 },
    );
  });
});
