import { isValidNationalId, randomNationalId, requireNationalId } from './national-id';
import { decodePageToken, encodePageToken } from './page-token';
import {
  compareDates,
  isLiving,
  type Address,
  type CalendarDate,
  type PersonName,
  type PersonRecord,
} from './person';
import { generatePopulation, type PopulationOptions } from './population-generator';
import { PopulationErrorCode, PopulationException, invalidArgument } from './population.exception';
import { requireAddress, requireDate, requireMunicipalityCode, requireName } from './record-checks';
import type {
  Birth,
  BirthRegisteredChange,
  DeathRegisteredChange,
  NameChangedChange,
  PersonRelocatedChange,
} from './register-changes';
import { ResidentIndex } from './resident-index';
import { SeededRandom } from './seeded-random';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export interface SearchQuery {
  readonly municipalityCode: string;
  /** 0 or unset: DEFAULT_PAGE_SIZE; more than MAX_PAGE_SIZE: MAX_PAGE_SIZE. */
  readonly pageSize?: number;
  /** `nextPageToken` of the previous page; empty or unset for the first page. */
  readonly pageToken?: string;
}

export interface SearchPage {
  /** Living residents of the municipality, ordered by national id. */
  readonly persons: readonly PersonRecord[];
  /** Token of the next page; empty on the last page. */
  readonly nextPageToken: string;
  /** Number of living residents of the municipality. */
  readonly total: number;
}

/**
 * The population register, in memory: every person by national id, and the living residents of
 * each municipality in national id order. Records are immutable; a change replaces the record and
 * returns what changed, shaped like the event it will become.
 */
export class PopulationRegister {
  private readonly persons = new Map<string, PersonRecord>();
  private readonly residents = new ResidentIndex();
  /** Changes per person so far: every change's event carries the person's new revision. */
  private readonly revisions = new Map<string, number>();
  private readonly births: SeededRandom;

  /** `seed` seeds the national ids issued at births. */
  constructor(persons: Iterable<PersonRecord> = [], options: { readonly seed?: string } = {}) {
    this.births = new SeededRandom(`${options.seed ?? ''}/births`);
    for (const person of persons) {
      if (!isValidNationalId(person.nationalId)) throw invalidArgument('national_id', 'is not a valid BSN');
      if (this.persons.has(person.nationalId)) throw this.exists();
      this.store(person);
    }
  }

  /** A register holding a generated population (see generatePopulation). */
  static generate(options: PopulationOptions = {}): PopulationRegister {
    return new PopulationRegister(generatePopulation(options), { seed: options.seed ?? '' });
  }

  /** Number of persons, living and deceased. */
  get size(): number {
    return this.persons.size;
  }

  /** Living residents per municipality code, in code order. */
  residentCounts(): ReadonlyMap<string, number> {
    return this.residents.counts();
  }

  /** The number of changes made to the person since the register was created (0 for none). */
  revisionOf(nationalId: string): number {
    return this.revisions.get(nationalId) ?? 0;
  }

  /** The living resident at `index` (0-based, national id order) of a municipality, if any. */
  residentAt(municipalityCode: string, index: number): PersonRecord | undefined {
    const id = this.residents.at(municipalityCode, index);
    return id === undefined ? undefined : this.persons.get(id);
  }

  /** Every living resident of a municipality, in national id order. */
  residentsOf(municipalityCode: string): PersonRecord[] {
    return this.residents
      .page(requireMunicipalityCode(municipalityCode), '', Infinity)
      .map((id) => this.get(id));
  }

  find(nationalId: string): PersonRecord | undefined {
    return this.persons.get(nationalId);
  }

  /** The person (living or deceased); INVALID_ARGUMENT for a malformed id, NOT_FOUND if unknown. */
  get(nationalId: string, field = 'national_id'): PersonRecord {
    const person = this.persons.get(requireNationalId(nationalId, field));
    if (person === undefined) {
      throw new PopulationException(
        PopulationErrorCode.NOT_FOUND,
        `${field}: no person with that national id`,
      );
    }
    return person;
  }

  /** One page of the living residents of a municipality, in national id order. */
  search(query: SearchQuery): SearchPage {
    const code = requireMunicipalityCode(query.municipalityCode);
    const requested = query.pageSize ?? 0;
    if (!Number.isSafeInteger(requested) || requested < 0) {
      throw invalidArgument('page_size', 'must be a non-negative integer');
    }
    const pageSize = requested === 0 ? DEFAULT_PAGE_SIZE : Math.min(requested, MAX_PAGE_SIZE);
    const after = query.pageToken ? decodePageToken(query.pageToken, code) : '';
    const ids = this.residents.page(code, after, pageSize + 1);
    const page = ids.slice(0, pageSize);
    const last = page.at(-1);
    return {
      persons: page.map((id) => this.get(id)),
      nextPageToken: ids.length > pageSize && last !== undefined ? encodePageToken(code, last) : '',
      total: this.residents.count(code),
    };
  }

  relocate(nationalId: string, newAddress: Address, effectiveDate: CalendarDate): PersonRelocatedChange {
    const person = this.living(nationalId);
    const address = requireAddress(newAddress, 'new_address');
    const date = requireDate(effectiveDate, 'effective_date');
    const revision = this.replace({ ...person, address });
    return {
      nationalId,
      previousAddress: person.address,
      newAddress: address,
      effectiveDate: date,
      revision,
    };
  }

  rename(nationalId: string, newName: PersonName, effectiveDate: CalendarDate): NameChangedChange {
    const person = this.living(nationalId);
    const name = requireName(newName, 'new_name');
    const date = requireDate(effectiveDate, 'effective_date');
    const revision = this.replace({ ...person, name });
    const residenceMunicipalityCode = person.address.municipalityCode;
    return {
      nationalId,
      previousName: person.name,
      newName: name,
      effectiveDate: date,
      residenceMunicipalityCode,
      revision,
    };
  }

  /** Records a death; the person leaves the search results but stays in the register. */
  registerDeath(
    nationalId: string,
    deathDate: CalendarDate,
    deathMunicipalityCode?: string,
  ): DeathRegisteredChange {
    const person = this.living(nationalId);
    const date = requireDate(deathDate, 'death_date');
    if (compareDates(date, person.birthDate) < 0)
      throw invalidArgument('death_date', 'is before the birth date');
    const municipality = requireMunicipalityCode(
      deathMunicipalityCode ?? person.address.municipalityCode,
      'death_municipality_code',
    );
    const revision = this.replace({ ...person, deathDate: date });
    return {
      nationalId,
      deathDate: date,
      deathMunicipalityCode: municipality,
      residenceMunicipalityCode: person.address.municipalityCode,
      revision,
    };
  }

  /** Registers a newborn, issuing a national id unless the birth names one. */
  registerBirth(birth: Birth): BirthRegisteredChange {
    const parents = (birth.parentNationalIds ?? []).map(
      (id) => this.get(id, 'parent_national_ids').nationalId,
    );
    let nationalId = birth.nationalId;
    if (nationalId === undefined) {
      do nationalId = randomNationalId(this.births);
      while (this.persons.has(nationalId));
    } else if (this.persons.has(requireNationalId(nationalId))) {
      throw this.exists();
    }
    const person: PersonRecord = {
      nationalId,
      name: requireName(birth.name),
      birthDate: requireDate(birth.birthDate, 'birth_date'),
      address: requireAddress(birth.address),
    };
    const birthMunicipalityCode = requireMunicipalityCode(
      birth.birthMunicipalityCode ?? person.address.municipalityCode,
      'birth_municipality_code',
    );
    this.store(person);
    this.revisions.set(nationalId, 1);
    return { person, parentNationalIds: parents, birthMunicipalityCode, revision: 1 };
  }

  private living(nationalId: string): PersonRecord {
    const person = this.get(nationalId);
    if (!isLiving(person)) {
      throw new PopulationException(PopulationErrorCode.FAILED_PRECONDITION, 'the person is deceased');
    }
    return person;
  }

  private store(person: PersonRecord): void {
    this.persons.set(person.nationalId, person);
    if (isLiving(person)) this.residents.add(person.address.municipalityCode, person.nationalId);
  }

  /** Replaces the record; returns the person's new revision. */
  private replace(person: PersonRecord): number {
    const previous = this.persons.get(person.nationalId);
    if (previous) this.residents.remove(previous.address.municipalityCode, previous.nationalId);
    this.store(person);
    const revision = this.revisionOf(person.nationalId) + 1;
    this.revisions.set(person.nationalId, revision);
    return revision;
  }

  private exists(): PopulationException {
    return new PopulationException(
      PopulationErrorCode.ALREADY_EXISTS,
      'national_id: a person with it exists',
    );
  }
}
