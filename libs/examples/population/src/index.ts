// The example population register: a deterministic Dutch population, the in-memory register with
// its changes, and service persons.v1 as a provider backend.
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
  DeathRegisteredChange,
  NameChangedChange,
  PersonRelocatedChange,
} from './register-changes';
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
