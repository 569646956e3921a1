// The canonical list of a municipality's residents, the same at the register and at every
// subscriber, so that "does this municipality's table equal the register's truth?" is a
// comparison of two SHA-256 digests.
import { createHash } from 'node:crypto';
import type { Address, PersonName } from './person';

/** A living resident as a municipality keeps them. */
export interface Resident {
  readonly nationalId: string;
  readonly name: PersonName;
  readonly address: Address;
}

export interface ResidentListing {
  readonly municipalityCode: string;
  readonly count: number;
  /** SHA-256 (hex) of the canonical form: see canonicalResidents. */
  readonly digest: string;
  /** In national id order. */
  readonly residents: readonly Resident[];
}

const byNationalId = (a: Resident, b: Resident): number =>
  a.nationalId < b.nationalId ? -1 : a.nationalId > b.nationalId ? 1 : 0;

/**
 * One line per resident in national id order, each line the JSON array
 * `[national id, given names, surname prefix, surname, street, house number, postal code, city,
 * municipality code]`, lines joined by `\n` (no trailing newline; empty for no residents).
 */
export function canonicalResidents(residents: Iterable<Resident>): string {
  return [...residents]
    .sort(byNationalId)
    .map(({ nationalId, name, address }) =>
      JSON.stringify([
        nationalId,
        name.givenNames,
        name.surnamePrefix,
        name.surname,
        address.street,
        address.houseNumber,
        address.postalCode,
        address.city,
        address.municipalityCode,
      ]),
    )
    .join('\n');
}

/** The listing of the residents: sorted, counted and digested. */
export function residentListing(municipalityCode: string, residents: Iterable<Resident>): ResidentListing {
  const sorted = [...residents]
    .map(({ nationalId, name, address }) => ({ nationalId, name: { ...name }, address: { ...address } }))
    .sort(byNationalId);
  return {
    municipalityCode,
    count: sorted.length,
    digest: createHash('sha256').update(canonicalResidents(sorted), 'utf8').digest('hex'),
    residents: sorted,
  };
}
