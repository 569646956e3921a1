// Part of `npm start`: a municipality's system calls the population register through the two
// organisations' gateways, and one screen shows what happened to each call.
// Usage: npx tsx scripts/demo-calls.ts <gateway host:port> <api token> <provider subsystem> <client member> [trace file]
// The trace id of the "get person" call goes to the trace file (the audit step of the demo reads it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { population } from '@sild/contracts';
import { GrpcClient, loadProtos } from '@sild/platform-grpc';

const [address = '127.0.0.1:50053', token = '', providerText = '', clientText = '', traceFile] =
  process.argv.slice(2);
const TYPE = 'type.googleapis.com/sild.examples.population.v1.';

const ref = (text: string) => {
  const [instance = '', memberClass = '', memberCode = '', subsystem = ''] = text.split('/');
  return { instance, memberClass, memberCode, subsystem };
};

interface CallResponse {
  messageId: string;
  traceId: string;
  result?: { payload: Buffer; payloadType: string } | null;
  error?: { reason: string; message: string } | null;
}

const api = new GrpcClient(
  loadProtos(['sild/gateway/v1/gateway.proto'], [resolve(import.meta.dirname, '../proto')]),
  'sild.gateway.v1.Gateway',
  address,
  { bearerToken: token, deadlineMs: 30_000 },
);

async function call(
  what: string,
  message: string,
  payload: Uint8Array,
  options: { as?: string; version?: string } = {},
) {
  const started = performance.now();
  const response = await api.call<CallResponse>('Call', {
    client: ref(`${clientText}/${options.as ?? 'burgerzaken'}`),
    service: { provider: ref(providerText), serviceCode: 'persons', serviceVersion: options.version ?? 'v1' },
    payload: Buffer.from(payload),
    payloadType: `${TYPE}${message}`,
    payloadEncoding: 'PAYLOAD_ENCODING_PROTOBUF',
    onBehalfOf: 'demo-clerk-7',
    purpose: 'demo: resident registration case 2026-001',
  });
  const ms = Math.round(performance.now() - started);
  return { what, ms, response };
}

const WIDTH = 56;
const row = (what: string, outcome: string, ms: string, traceId: string) =>
  `  ${what.padEnd(40)} ${outcome.slice(0, WIDTH).padEnd(WIDTH)} ${ms.padStart(8)}  ${traceId}`;

const search = await call(
  'search residents of 0363 (page of 3)',
  'SearchPersonsRequest',
  population.SearchPersonsRequest.encode({ municipalityCode: '0363', pageSize: 3 }).finish(),
);
const page = search.response.result
  ? population.SearchPersonsResponse.decode(search.response.result.payload)
  : undefined;
const first = page?.persons[0];
const lines = [
  row('call', 'outcome', 'time', 'trace id'),
  row(
    search.what,
    page ? `${page.persons.length} of ${page.total} residents` : (search.response.error?.reason ?? '?'),
    `${search.ms} ms`,
    search.response.traceId,
  ),
];
const calls = [
  first
    ? call(
        `get person ${first.nationalId}`,
        'GetPersonRequest',
        population.GetPersonRequest.encode({ nationalId: first.nationalId }).finish(),
      )
    : undefined,
  call(
    'get an unknown person',
    'GetPersonRequest',
    population.GetPersonRequest.encode({ nationalId: '111222333' }).finish(),
  ),
  call(
    'the same as subsystem sociaal (no grant)',
    'GetPersonRequest',
    population.GetPersonRequest.encode({ nationalId: '111222333' }).finish(),
    { as: 'sociaal' },
  ),
  call('an unregistered service version', 'GetPersonRequest', new Uint8Array(), { version: 'v9' }),
];
for (const pending of calls) {
  if (!pending) continue;
  const { what, ms, response } = await pending;
  let outcome = response.error
    ? `${response.error.reason.replace('REASON_', '')}: ${response.error.message}`
    : 'ok';
  if (response.result && response.result.payloadType.endsWith('GetPersonResponse')) {
    const person = population.GetPersonResponse.decode(response.result.payload).person;
    outcome = `${person?.name?.givenNames ?? ''} ${person?.name?.surname ?? ''}, ${person?.address?.city ?? ''}`;
    if (traceFile) {
      mkdirSync(dirname(traceFile), { recursive: true });
      writeFileSync(traceFile, response.traceId);
    }
  }
  lines.push(row(what, outcome, `${ms} ms`, response.traceId));
}
console.log(lines.join('\n'));
api.close();
