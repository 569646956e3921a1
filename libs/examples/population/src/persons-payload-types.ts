// Service persons.v1 of the population register: its operations are chosen by the type URL of
// the request payload, and answered with the matching response type.

/** Service code and version as registered, e.g. `NL/GOV/00000001/brp/persons.v1`. */
export const PERSONS_SERVICE = { serviceCode: 'persons', serviceVersion: 'v1' } as const;

export const GET_PERSON_REQUEST_TYPE = 'type.googleapis.com/sild.examples.population.v1.GetPersonRequest';
export const GET_PERSON_RESPONSE_TYPE = 'type.googleapis.com/sild.examples.population.v1.GetPersonResponse';
export const SEARCH_PERSONS_REQUEST_TYPE =
  'type.googleapis.com/sild.examples.population.v1.SearchPersonsRequest';
export const SEARCH_PERSONS_RESPONSE_TYPE =
  'type.googleapis.com/sild.examples.population.v1.SearchPersonsResponse';

export type PersonsOperation = 'GetPerson' | 'SearchPersons';

/** The operation a request payload type selects, or undefined for any other type. */
export function personsOperationOf(payloadType: string): PersonsOperation | undefined {
  if (payloadType === GET_PERSON_REQUEST_TYPE) return 'GetPerson';
  if (payloadType === SEARCH_PERSONS_REQUEST_TYPE) return 'SearchPersons';
  return undefined;
}
