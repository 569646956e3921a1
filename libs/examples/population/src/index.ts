// The example population register: a deterministic Dutch population, the in-memory register with
// its changes, service persons.v1 as a provider backend, the change events it publishes, and the
// subscriber side a municipality uses to keep its resident table from them.
export { PopulationErrorCode, PopulationException } from './population.exception';
export { isValidNationalId, NATIONAL_ID_PATTERN, randomNationalId, requireNationalId } from './national-id';
export { SeededRandom, type Weighted } from './seeded-random';
export { MUNICIPALITIES, municipalityOf, type Municipality } from './municipalities';
export {
  compareDates,
  daysInMonth,
  isLiving,
  isValidDate,
  toPersonMessage,
  type Address,
  type CalendarDate,
  type PersonName,
  type PersonRecord,
} from './person';
export {
  DEFAULT_AS_OF,
  DEFAULT_POPULATION_SEED,
  DEFAULT_POPULATION_SIZE,
  generatePopulation,
  PopulationGenerator,
  type PopulationOptions,
} from './population-generator';
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  PopulationRegister,
  type SearchPage,
  type SearchQuery,
} from './population-register';
export type {
  Birth,
  BirthRegisteredChange,
  ChangeKind,
  DeathRegisteredChange,
  NameChangedChange,
  PersonRelocatedChange,
  RegisterChange,
} from './register-changes';
export { addressOf, dateOf, nameOf, personOf } from './person-messages';
export { canonicalResidents, residentListing, type Resident, type ResidentListing } from './resident-listing';
export { KeyedQueue } from './keyed-queue';
export { backoffDelay, sleep, type BackoffOptions } from './backoff';
export {
  EVENT_ATTRIBUTES,
  kindOfEventType,
  PERSON_EVENT_PAYLOAD_TYPES,
  PERSON_EVENT_TYPES,
  personEventOf,
  type PersonEvent,
} from './events/person-events';
export {
  decodePersonEvent,
  type PayloadFormat,
  type PersonEventPayload,
} from './events/person-event-payloads';
export {
  CHANGE_WEIGHTS,
  CHANGES_PER_DAY,
  ChangeGenerator,
  type ChangeChoice,
} from './changes/change-generator';
export {
  ChangeOutbox,
  type EventSink,
  type OutboxObserver,
  type OutboxOptions,
  type PublishReceipt,
} from './changes/change-outbox';
export { ChangeBatch, ChangeFeed, type ChangeObserver } from './changes/change-feed';
export { ChangeSchedule, type ScheduleOptions } from './changes/change-schedule';
export { malformed, SubscriberErrorCode, SubscriberException } from './subscriber/subscriber.exception';
export type { SubscriberEvent } from './subscriber/subscriber-event';
export { parseCloudEvent, type HttpHeaders } from './subscriber/cloud-event';
export { DeliveryLedger, type Admission } from './subscriber/delivery-ledger';
export { ResidentTable, SNAPSHOT_REVISION } from './subscriber/resident-table';
export {
  ResidentSync,
  type PersonLookup,
  type SyncObserver,
  type SyncOutcome,
} from './subscriber/resident-sync.service';
export { SyncStats, type SyncStatsView } from './subscriber/sync-stats';
export { loadResidents, type ResidentPage, type ResidentSource } from './subscriber/initial-load';
export {
  GET_PERSON_REQUEST_TYPE,
  GET_PERSON_RESPONSE_TYPE,
  PERSONS_SERVICE,
  personsOperationOf,
  SEARCH_PERSONS_REQUEST_TYPE,
  SEARCH_PERSONS_RESPONSE_TYPE,
  type PersonsOperation,
} from './persons-payload-types';
export {
  PersonsBackend,
  reasonOf,
  type BackendAnswer,
  type BackendCall,
  type BackendError,
} from './persons-backend.service';
export {
  hostPortSetting,
  listSetting,
  municipalityCodeSetting,
  serviceOf,
  serviceSetting,
  subsystemOf,
  subsystemSetting,
} from './settings';
export { bearerTokenMatches } from './bearer-token';
export { readBody, replyJson } from './request-body';
