// A municipality's residents, kept from a snapshot and events that may arrive in any order across
// event types: every field remembers the person revision that set it, and a change with a
// lower or equal revision leaves it alone (last change wins, whatever the arrival order).
import type { Address, PersonName } from '../person';
import { residentListing, type Resident, type ResidentListing } from '../resident-listing';

/** The revision of what the initial load read: below every event's (events start at 1). */
export const SNAPSHOT_REVISION = 0;
const UNSET = -1;

interface Versioned<T> {
  readonly revision: number;
  readonly value: T;
}

interface Entry {
  /** The address when the person lives here; undefined when they do not (moved away, died). */
  residence?: Versioned<Address | undefined>;
  name?: Versioned<PersonName>;
}

export class ResidentTable {
  private readonly entries = new Map<string, Entry>();

  constructor(readonly municipalityCode: string) {}

  /** From the initial load: fills only what no event has set (a snapshot is older than any event). */
  load(resident: Resident): void {
    if (resident.address.municipalityCode !== this.municipalityCode) return;
    this.setResidence(resident.nationalId, SNAPSHOT_REVISION, resident.address);
    this.setName(resident.nationalId, SNAPSHOT_REVISION, resident.name);
  }

  /** Lives here at `address`, or not (undefined, or an address elsewhere); false if older news. */
  setResidence(nationalId: string, revision: number, address: Address | undefined): boolean {
    const entry = this.entry(nationalId);
    if (revision <= (entry.residence?.revision ?? UNSET)) return false;
    const here = address?.municipalityCode === this.municipalityCode ? { ...address } : undefined;
    entry.residence = { revision, value: here };
    return true;
  }

  setName(nationalId: string, revision: number, name: PersonName): boolean {
    const entry = this.entry(nationalId);
    if (revision <= (entry.name?.revision ?? UNSET)) return false;
    entry.name = { revision, value: { ...name } };
    return true;
  }

  /** Revision of what the table knows about where the person lives; -1 for nothing. */
  residenceRevision(nationalId: string): number {
    return this.entries.get(nationalId)?.residence?.revision ?? UNSET;
  }

  /** Revision of the name the table knows; -1 for none. */
  nameRevision(nationalId: string): number {
    return this.entries.get(nationalId)?.name?.revision ?? UNSET;
  }

  isResident(nationalId: string): boolean {
    return this.entries.get(nationalId)?.residence?.value !== undefined;
  }

  /** Persons living here whose name is known (the name is fetched before a move in is applied). */
  *residents(): Generator<Resident> {
    for (const [nationalId, entry] of this.entries) {
      const address = entry.residence?.value;
      const name = entry.name?.value;
      if (address !== undefined && name !== undefined) yield { nationalId, name, address };
    }
  }

  get count(): number {
    let count = 0;
    for (const _ of this.residents()) count += 1;
    return count;
  }

  listing(): ResidentListing {
    return residentListing(this.municipalityCode, this.residents());
  }

  private entry(nationalId: string): Entry {
    let entry = this.entries.get(nationalId);
    if (entry === undefined) {
      entry = {};
      this.entries.set(nationalId, entry);
    }
    return entry;
  }
}
