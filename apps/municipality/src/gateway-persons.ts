// persons.v1 of the population register, called through the municipality's own gateway: the
// initial load (search by municipality, page by page) and the name of someone moving in.
import { population } from '@sild/contracts';
import {
  GET_PERSON_REQUEST_TYPE,
  GET_PERSON_RESPONSE_TYPE,
  personOf,
  SEARCH_PERSONS_REQUEST_TYPE,
  SEARCH_PERSONS_RESPONSE_TYPE,
  SubscriberErrorCode,
  SubscriberException,
  type PersonLookup,
  type PersonRecord,
  type ResidentPage,
  type ResidentSource,
} from '@sild/examples-population';
import type { GrpcClient } from '@sild/platform-grpc';
import type { ClientRef, ServiceRef } from '@sild/registry-config';

/** Who asks and why: the gateways record both with every call (the audit trail). */
export const ON_BEHALF_OF = 'system:resident-table';
export const PURPOSE = 'keep the municipal resident table current';
const PAGE_SIZE = 500;

/** CallResponse as @grpc/proto-loader hands it over. */
interface CallResponseObject {
  result: { payload: Buffer; payloadType: string } | null;
  error: { reason: string; message: string } | null;
}

export class GatewayPersons implements PersonLookup, ResidentSource {
  constructor(
    private readonly client: GrpcClient,
    private readonly subscriber: ClientRef,
    private readonly service: ServiceRef,
  ) {}

  async searchPage(municipalityCode: string, pageToken: string): Promise<ResidentPage> {
    const request = population.SearchPersonsRequest.encode({
      municipalityCode,
      pageSize: PAGE_SIZE,
      pageToken,
    });
    const answer = await this.call(SEARCH_PERSONS_REQUEST_TYPE, request.finish());
    const payload = this.result(answer, SEARCH_PERSONS_RESPONSE_TYPE, 'search');
    const page = population.SearchPersonsResponse.decode(payload);
    return { persons: page.persons.map((person) => personOf(person)), nextPageToken: page.nextPageToken };
  }

  async getPerson(nationalId: string): Promise<PersonRecord | undefined> {
    const answer = await this.call(
      GET_PERSON_REQUEST_TYPE,
      population.GetPersonRequest.encode({ nationalId }).finish(),
    );
    if (answer.error?.reason === 'REASON_NOT_FOUND') return undefined;
    const payload = this.result(answer, GET_PERSON_RESPONSE_TYPE, 'get person');
    return personOf(population.GetPersonResponse.decode(payload).person);
  }

  private async call(payloadType: string, payload: Uint8Array): Promise<CallResponseObject> {
    try {
      return await this.client.call<CallResponseObject>('Call', {
        client: { ...this.subscriber },
        service: { ...this.service, provider: { ...this.service.provider } },
        payload: Buffer.from(payload),
        payloadType,
        payloadEncoding: 'PAYLOAD_ENCODING_PROTOBUF',
        onBehalfOf: ON_BEHALF_OF,
        purpose: PURPOSE,
      });
    } catch (error) {
      throw new SubscriberException(SubscriberErrorCode.UNAVAILABLE, 'the gateway did not answer the call', {
        cause: error,
      });
    }
  }

  private result(answer: CallResponseObject, expectedType: string, operation: string): Buffer {
    if (answer.error) {
      throw new SubscriberException(
        SubscriberErrorCode.UNAVAILABLE,
        `persons.v1 ${operation}: ${answer.error.reason}: ${answer.error.message}`,
      );
    }
    if (answer.result?.payloadType !== expectedType) {
      throw new SubscriberException(
        SubscriberErrorCode.UNAVAILABLE,
        `persons.v1 ${operation}: not a ${expectedType}`,
      );
    }
    return answer.result.payload;
  }
}
