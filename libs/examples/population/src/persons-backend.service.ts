import { PayloadEncoding, population, Reason } from '@sild/contracts';
import { answerEncodingOf, decodePayload, encodePayload, type MessageType } from './payload-codec';
import { toPersonMessage } from './person';
import {
  GET_PERSON_RESPONSE_TYPE,
  personsOperationOf,
  SEARCH_PERSONS_RESPONSE_TYPE,
} from './persons-payload-types';
import type { PopulationRegister } from './population-register';
import { invalidArgument, PopulationErrorCode, PopulationException } from './population.exception';

/** One request as the provider gateway hands it over (gRPC BackendRequest or HTTP POST). */
export interface BackendCall {
  readonly payloadType: string;
  readonly payload: Uint8Array;
  /** Unspecified means protobuf. */
  readonly payloadEncoding: PayloadEncoding;
}

/** A refusal the client sees with its reason; the message never holds personal data. */
export interface BackendError {
  readonly reason: Reason;
  readonly message: string;
}

/**
 * The answer: a response payload, or a refusal. The same shape as the gateway's backend answer,
 * so the backend also serves in-process where a test needs a provider system.
 */
export type BackendAnswer =
  | {
      readonly payload: Uint8Array;
      readonly payloadType: string;
      readonly payloadEncoding: PayloadEncoding;
    }
  | { readonly error: BackendError };

/** The register's refusals as wire reasons, checked exhaustively. */
export function reasonOf(code: PopulationErrorCode): Reason {
  switch (code) {
    case PopulationErrorCode.INVALID_ARGUMENT:
      return Reason.REASON_INVALID_ARGUMENT;
    case PopulationErrorCode.NOT_FOUND:
      return Reason.REASON_NOT_FOUND;
    case PopulationErrorCode.ALREADY_EXISTS:
      return Reason.REASON_ALREADY_EXISTS;
    case PopulationErrorCode.FAILED_PRECONDITION:
      return Reason.REASON_FAILED_PRECONDITION;
  }
}

const { GetPersonRequest, GetPersonResponse, SearchPersonsRequest, SearchPersonsResponse } = population;

/**
 * Service persons.v1 as a provider backend: decodes the request payload by its type URL and
 * encoding, asks the register, and encodes the answer in the request's encoding. Every refusal
 * is an answer with a reason, never an exception.
 */
export class PersonsBackend {
  constructor(private readonly register: PopulationRegister) {}

  handle(call: BackendCall): BackendAnswer {
    try {
      const encoding = answerEncodingOf(call.payloadEncoding);
      const operation = personsOperationOf(call.payloadType);
      switch (operation) {
        case 'GetPerson': {
          const request = decodePayload(GetPersonRequest, { nationalId: 'string' }, call.payload, encoding);
          const person = toPersonMessage(this.register.get(request.nationalId ?? ''));
          return answer(
            GET_PERSON_RESPONSE_TYPE,
            GetPersonResponse,
            GetPersonResponse.create({ person }),
            encoding,
          );
        }
        case 'SearchPersons': {
          const fields = { municipalityCode: 'string', pageSize: 'uint32', pageToken: 'string' } as const;
          const request = decodePayload(SearchPersonsRequest, fields, call.payload, encoding);
          const page = this.register.search({
            municipalityCode: request.municipalityCode ?? '',
            pageSize: request.pageSize ?? 0,
            pageToken: request.pageToken ?? '',
          });
          const response = SearchPersonsResponse.create({
            persons: page.persons.map(toPersonMessage),
            nextPageToken: page.nextPageToken,
            total: page.total,
          });
          return answer(SEARCH_PERSONS_RESPONSE_TYPE, SearchPersonsResponse, response, encoding);
        }
        case undefined:
          throw invalidArgument(
            'payload_type',
            `${printable(call.payloadType)} is not an operation of persons.v1`,
          );
      }
    } catch (error) {
      if (!(error instanceof PopulationException)) throw error;
      return { error: { reason: reasonOf(error.code), message: error.message } };
    }
  }
}

function answer<T>(
  payloadType: string,
  type: MessageType<T>,
  message: T,
  encoding: PayloadEncoding,
): BackendAnswer {
  return {
    payload: encodePayload(type, message, encoding),
    payloadType,
    payloadEncoding: encoding,
  };
}

/** A type URL for a message: quoted, shortened, control characters dropped. */
function printable(text: string): string {
  const clean = text.replace(/[^\x20-\x7e]/g, '?');
  return JSON.stringify(clean.length > 120 ? `${clean.slice(0, 120)}...` : clean);
}
