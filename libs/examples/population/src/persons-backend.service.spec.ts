import { describe, expect, it } from 'vitest';
import { PayloadEncoding, population, Reason, type sild } from '@sild/contracts';
import { isLiving } from './person';
import {
  GET_PERSON_REQUEST_TYPE,
  GET_PERSON_RESPONSE_TYPE,
  SEARCH_PERSONS_REQUEST_TYPE,
  SEARCH_PERSONS_RESPONSE_TYPE,
} from './persons-payload-types';
import { PersonsBackend, reasonOf, type BackendAnswer, type BackendCall } from './persons-backend.service';
import { generatePopulation } from './population-generator';
import { PopulationRegister } from './population-register';
import { PopulationErrorCode } from './population.exception';

const options = { size: 1_000, seed: 'backend-spec' };
const backend = new PersonsBackend(PopulationRegister.generate(options));
const persons = generatePopulation(options);
const known = persons.find((p) => isLiving(p) && p.address.municipalityCode === '0363')!;
const deceased = persons.find((p) => !isLiving(p))!;

const PROTOBUF = PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF;
const JSON_ENCODING = PayloadEncoding.PAYLOAD_ENCODING_JSON;
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const getPerson = (nationalId: string, payloadEncoding: PayloadEncoding = PROTOBUF): BackendCall => ({
  payloadType: GET_PERSON_REQUEST_TYPE,
  payload:
    payloadEncoding === JSON_ENCODING
      ? json({ nationalId })
      : population.GetPersonRequest.encode({ nationalId }).finish(),
  payloadEncoding,
});
const search = (request: sild.examples.population.v1.SearchPersonsRequest.$Properties): BackendCall => ({
  payloadType: SEARCH_PERSONS_REQUEST_TYPE,
  payload: population.SearchPersonsRequest.encode(request).finish(),
  payloadEncoding: PROTOBUF,
});

function answered(answer: BackendAnswer) {
  if ('error' in answer) throw new Error(`refused: ${answer.error.message}`);
  return answer;
}
function refused(answer: BackendAnswer) {
  if (!('error' in answer)) throw new Error('answered');
  return answer.error;
}

describe('PersonsBackend: get person', () => {
  it('answers protobuf (and unspecified) with GetPersonResponse in protobuf', () => {
    for (const encoding of [PROTOBUF, PayloadEncoding.PAYLOAD_ENCODING_UNSPECIFIED]) {
      const answer = answered(backend.handle(getPerson(known.nationalId, encoding)));
      expect(answer.payloadType).toBe(GET_PERSON_RESPONSE_TYPE);
      expect(answer.payloadEncoding).toBe(PROTOBUF);
      const { person } = population.GetPersonResponse.decode(answer.payload);
      expect(person).toMatchObject({
        nationalId: known.nationalId,
        birthDate: known.birthDate,
        address: known.address,
      });
      expect(person?.deathDate).toBeFalsy();
    }
  });

  it('answers JSON in the protobuf JSON mapping, and reads proto field names too', () => {
    const answer = answered(backend.handle(getPerson(known.nationalId, JSON_ENCODING)));
    expect(answer.payloadEncoding).toBe(JSON_ENCODING);
    const body = JSON.parse(text(answer.payload)) as { person: Record<string, unknown> };
    expect(body.person).toMatchObject({ nationalId: known.nationalId, address: known.address });
    const snake = { ...getPerson('', JSON_ENCODING), payload: json({ national_id: known.nationalId }) };
    expect(answered(backend.handle(snake)).payload).toEqual(answer.payload);
  });

  it('gives a deceased person with the date of death', () => {
    const answer = answered(backend.handle(getPerson(deceased.nationalId)));
    expect(population.GetPersonResponse.decode(answer.payload).person?.deathDate).toEqual(deceased.deathDate);
  });
});

describe('PersonsBackend: search by municipality', () => {
  it('pages with tokens until every living resident was returned once', () => {
    const expected = persons
      .filter((p) => isLiving(p) && p.address.municipalityCode === '0599')
      .map((p) => p.nationalId)
      .sort();
    const seen: string[] = [];
    let pageToken = '';
    do {
      const answer = answered(backend.handle(search({ municipalityCode: '0599', pageSize: 40, pageToken })));
      expect(answer.payloadType).toBe(SEARCH_PERSONS_RESPONSE_TYPE);
      const page = population.SearchPersonsResponse.decode(answer.payload);
      expect(page.total).toBe(expected.length);
      seen.push(...page.persons.map((p) => p.nationalId ?? ''));
      pageToken = page.nextPageToken;
    } while (pageToken);
    expect(seen).toEqual(expected);
  });

  it('reads JSON requests (page size as number or string) and answers in JSON', () => {
    const call = (body: unknown): BackendCall => ({
      payloadType: SEARCH_PERSONS_REQUEST_TYPE,
      payload: json(body),
      payloadEncoding: JSON_ENCODING,
    });
    const first = JSON.parse(
      text(answered(backend.handle(call({ municipalityCode: '0014', pageSize: 2 }))).payload),
    ) as { persons: { nationalId: string }[]; nextPageToken: string; total: number };
    expect(first.persons).toHaveLength(2);
    expect(first.nextPageToken).not.toBe('');
    const second = JSON.parse(
      text(
        answered(
          backend.handle(
            call({ municipality_code: '0014', page_size: '2', page_token: first.nextPageToken }),
          ),
        ).payload,
      ),
    ) as { persons: { nationalId: string }[] };
    expect(second.persons[0]!.nationalId > first.persons[1]!.nationalId).toBe(true);
  });
});

describe('PersonsBackend: refusals', () => {
  const invalid = (call: BackendCall, message: string | RegExp) => {
    const error = refused(backend.handle(call));
    expect(error.reason).toBe(Reason.REASON_INVALID_ARGUMENT);
    expect(error.message).toMatch(message);
    return error;
  };

  it('NOT_FOUND for a person the register does not know, without echoing the id', () => {
    const error = refused(backend.handle(getPerson('111222333')));
    expect(error).toEqual({
      reason: Reason.REASON_NOT_FOUND,
      message: 'national_id: no person with that national id',
    });
  });

  it('INVALID_ARGUMENT for a malformed national id (format or 11-proof)', () => {
    invalid(getPerson('12345'), 'national_id: must be nine digits');
    expect(invalid(getPerson('123456789'), /11-proof/).message).not.toContain('123456789');
  });

  it('INVALID_ARGUMENT for payloads that do not decode', () => {
    invalid({ ...getPerson(''), payload: new Uint8Array([0xff, 0xff, 0xff]) }, /not a protobuf message/);
    const jsonCall = (payload: Uint8Array) => ({ ...getPerson('', JSON_ENCODING), payload });
    invalid(jsonCall(new TextEncoder().encode('{nope')), /not UTF-8 JSON/);
    invalid(jsonCall(new Uint8Array([0x7b, 0xff, 0x7d])), /not UTF-8 JSON/);
    invalid(jsonCall(json([1])), /JSON object/);
    invalid(jsonCall(json({ nationalId: 111222333 })), /nationalId: string expected/);
    invalid(jsonCall(json({ bsn: '111222333' })), /bsn: is not a field/);
    const searchJson = {
      ...search({}),
      payload: json({ municipalityCode: '0363', pageSize: -1 }),
      payloadEncoding: JSON_ENCODING,
    };
    invalid(searchJson, /pageSize: must be an unsigned 32-bit integer/);
  });

  it('INVALID_ARGUMENT for an unknown payload type or an unsupported encoding', () => {
    invalid(
      { ...getPerson(known.nationalId), payloadType: 'type.googleapis.com/x.Y' },
      /"type.googleapis.com\/x.Y" is not an operation/,
    );
    invalid(
      { ...getPerson(known.nationalId), payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_OCTET_STREAM },
      /payload_encoding/,
    );
    invalid(
      { ...getPerson(known.nationalId), payloadEncoding: JSON.parse('42') as PayloadEncoding },
      /payload_encoding/,
    );
  });

  it('INVALID_ARGUMENT for a bad page token or municipality code', () => {
    invalid(search({ municipalityCode: '0363', pageToken: 'not-a-token' }), /page_token/);
    invalid(search({ municipalityCode: 'Amsterdam' }), /municipality_code/);
  });

  it('maps every register error code to a reason', () => {
    expect(Object.values(PopulationErrorCode).map(reasonOf)).toEqual([
      Reason.REASON_INVALID_ARGUMENT,
      Reason.REASON_NOT_FOUND,
      Reason.REASON_ALREADY_EXISTS,
      Reason.REASON_FAILED_PRECONDITION,
    ]);
  });
});

describe('payload type URLs', () => {
  it('are those of the generated messages', () => {
    expect(GET_PERSON_REQUEST_TYPE).toBe(population.GetPersonRequest.getTypeUrl());
    expect(GET_PERSON_RESPONSE_TYPE).toBe(population.GetPersonResponse.getTypeUrl());
    expect(SEARCH_PERSONS_REQUEST_TYPE).toBe(population.SearchPersonsRequest.getTypeUrl());
    expect(SEARCH_PERSONS_RESPONSE_TYPE).toBe(population.SearchPersonsResponse.getTypeUrl());
  });
});
