// What a change to the register did, shaped like the event messages of
// sild.examples.population.v1 (PersonRelocated, NameChanged, DeathRegistered, BirthRegistered),
// so a publisher can encode them as they are. Each also carries the person's new revision (the
// number of changes made to them), which the events carry as an attribute: subscribers order a
// person's events of different types by it.
import type { Address, CalendarDate, PersonName, PersonRecord } from './person';

/** `nl.brp.person.relocated.v1`. */
export interface PersonRelocatedChange {
  readonly nationalId: string;
  readonly previousAddress: Address;
  readonly newAddress: Address;
  readonly effectiveDate: CalendarDate;
  readonly revision: number;
}

/** `nl.brp.person.renamed.v1`. */
export interface NameChangedChange {
  readonly nationalId: string;
  readonly previousName: PersonName;
  readonly newName: PersonName;
  readonly effectiveDate: CalendarDate;
  /** Where the person lives (not in the event message; its `municipality` attribute). */
  readonly residenceMunicipalityCode: string;
  readonly revision: number;
}

/** `nl.brp.person.died.v1`. */
export interface DeathRegisteredChange {
  readonly nationalId: string;
  readonly deathDate: CalendarDate;
  /** Where the death took place. */
  readonly deathMunicipalityCode: string;
  /** Where the person lived (not in the event message; its `municipality` attribute). */
  readonly residenceMunicipalityCode: string;
  readonly revision: number;
}

/** `nl.brp.person.born.v1`. */
export interface BirthRegisteredChange {
  readonly person: PersonRecord;
  readonly parentNationalIds: readonly string[];
  readonly birthMunicipalityCode: string;
  /** Always 1: the first revision of the person. */
  readonly revision: number;
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

/** A change as the register made it, tagged with the kind of event it becomes. */
export type RegisterChange =
  | { readonly kind: 'born'; readonly change: BirthRegisteredChange }
  | { readonly kind: 'died'; readonly change: DeathRegisteredChange }
  | { readonly kind: 'relocated'; readonly change: PersonRelocatedChange }
  | { readonly kind: 'renamed'; readonly change: NameChangedChange };

export type ChangeKind = RegisterChange['kind'];
