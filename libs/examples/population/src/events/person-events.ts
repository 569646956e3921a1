// The population register's events: one event type per kind of change, the payload its message
// of sild.examples.population.v1 in protobuf, and header attributes for subscription filters.
import { population } from '@sild/contracts';
import type { ChangeKind, RegisterChange } from '../register-changes';

export const PERSON_EVENT_TYPES: Readonly<Record<ChangeKind, string>> = {
  born: 'nl.brp.person.born.v1',
  died: 'nl.brp.person.died.v1',
  relocated: 'nl.brp.person.relocated.v1',
  renamed: 'nl.brp.person.renamed.v1',
};

const MESSAGES = 'type.googleapis.com/sild.examples.population.v1.';

export const PERSON_EVENT_PAYLOAD_TYPES: Readonly<Record<ChangeKind, string>> = {
  born: `${MESSAGES}BirthRegistered`,
  died: `${MESSAGES}DeathRegistered`,
  relocated: `${MESSAGES}PersonRelocated`,
  renamed: `${MESSAGES}NameChanged`,
};

/** Header attribute names (CloudEvents extension names: lower-case letters and digits). */
export const EVENT_ATTRIBUTES = {
  /** Where the person lives after the change (for a death: where they lived). */
  municipality: 'municipality',
  /** Relocations only: where the person lived before. */
  previousMunicipality: 'previousmunicipality',
  /** The person's revision after the change: orders one person's events across event types. */
  revision: 'revision',
} as const;

/** An event to publish: `subject` is the national id (the gateway pseudonymises it). */
export interface PersonEvent {
  readonly kind: ChangeKind;
  readonly eventType: string;
  readonly subject: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly payload: Uint8Array;
  readonly payloadType: string;
}

const KINDS = new Map(Object.entries(PERSON_EVENT_TYPES).map(([kind, type]) => [type, kind as ChangeKind]));

/** The kind of change an event type reports, if it is one of the register's. */
export const kindOfEventType = (eventType: string): ChangeKind | undefined => KINDS.get(eventType);

function personEvent(
  kind: ChangeKind,
  subject: string,
  revision: number,
  municipalities: { municipality: string; previousmunicipality?: string },
  payload: Uint8Array,
): PersonEvent {
  return {
    kind,
    eventType: PERSON_EVENT_TYPES[kind],
    subject,
    attributes: { ...municipalities, [EVENT_ATTRIBUTES.revision]: String(revision) },
    payload,
    payloadType: PERSON_EVENT_PAYLOAD_TYPES[kind],
  };
}

/** The event a change becomes. */
export function personEventOf(change: RegisterChange): PersonEvent {
  switch (change.kind) {
    case 'born': {
      const c = change.change;
      const message = population.BirthRegistered.fromObject(c);
      return personEvent(
        'born',
        c.person.nationalId,
        c.revision,
        {
          municipality: c.person.address.municipalityCode,
        },
        population.BirthRegistered.encode(message).finish(),
      );
    }
    case 'died': {
      const c = change.change;
      const message = population.DeathRegistered.fromObject(c);
      return personEvent(
        'died',
        c.nationalId,
        c.revision,
        {
          municipality: c.residenceMunicipalityCode,
        },
        population.DeathRegistered.encode(message).finish(),
      );
    }
    case 'relocated': {
      const c = change.change;
      const message = population.PersonRelocated.fromObject(c);
      return personEvent(
        'relocated',
        c.nationalId,
        c.revision,
        {
          municipality: c.newAddress.municipalityCode,
          previousmunicipality: c.previousAddress.municipalityCode,
        },
        population.PersonRelocated.encode(message).finish(),
      );
    }
    case 'renamed': {
      const c = change.change;
      const message = population.NameChanged.fromObject(c);
      return personEvent(
        'renamed',
        c.nationalId,
        c.revision,
        {
          municipality: c.residenceMunicipalityCode,
        },
        population.NameChanged.encode(message).finish(),
      );
    }
  }
}
