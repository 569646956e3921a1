// What a change to the register did, shaped like the event messages of
// sild.examples.population.v1 (PersonRelocated, NameChanged, DeathRegistered, BirthRegistered),
// so a publisher can encode them as they are.
import type { Address, CalendarDate, PersonName, PersonRecord } from './person';

/** `nl.brp.person.relocated.v1`. */
export interface PersonRelocatedChange {
  readonly nationalId: string;
  readonly previousAddress: Address;
  readonly newAddress: Address;
  readonly effectiveDate: CalendarDate;
}

/** `nl.brp.person.renamed.v1`. */
export interface NameChangedChange {
  readonly nationalId: string;
  readonly previousName: PersonName;
  readonly newName: PersonName;
  readonly effectiveDate: CalendarDate;
}

/** `nl.brp.person.died.v1`. */
export interface DeathRegisteredChange {
  readonly nationalId: string;
  readonly deathDate: CalendarDate;
  readonly deathMunicipalityCode: string;
}

/** `nl.brp.person.born.v1`. */
export interface BirthRegisteredChange {
  readonly person: PersonRecord;
  readonly parentNationalIds: readonly string[];
  readonly birthMunicipalityCode: string;
}

/** A birth to register; the register issues a national id when none is given. */
export interface Birth {
  readonly name: PersonName;
  readonly birthDate: CalendarDate;
  /** The newborn's residential address (usually a parent's). */
  readonly address: Address;
  /** National ids of parents the register knows; each must exist. */
  readonly parentNationalIds?: readonly string[];
  /** Where the birth took place; the address's municipality when unset. */
  readonly birthMunicipalityCode?: string;
  readonly nationalId?: string;
}
