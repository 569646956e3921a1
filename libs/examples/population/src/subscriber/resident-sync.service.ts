// Applies delivered events to a municipality's resident table: deduplicated, checked for gaps,
// one subject at a time, ordered across event types by the person revision the events carry.
import { decodePersonEvent, type PersonEventPayload } from '../events/person-event-payloads';
import { EVENT_ATTRIBUTES, kindOfEventType, PERSON_EVENT_PAYLOAD_TYPES } from '../events/person-events';
import { KeyedQueue } from '../keyed-queue';
import type { PersonRecord } from '../person';
import { PopulationException } from '../population.exception';
import type { DeliveryLedger } from './delivery-ledger';
import type { ResidentTable } from './resident-table';
import { malformed, SubscriberErrorCode, SubscriberException } from './subscriber.exception';
import type { SubscriberEvent } from './subscriber-event';

/** Asks the register for a person (persons.v1 "get person" through the gateway). */
export interface PersonLookup {
  /** The person, living or deceased; undefined when the register does not know them. */
  getPerson(nationalId: string): Promise<PersonRecord | undefined>;
}

export interface SyncObserver {
  applied?(event: SubscriberEvent): void;
  duplicate?(event: SubscriberEvent): void;
  gap?(event: SubscriberEvent, missing: number): void;
  /** About a person who neither lives nor lived here: not for this municipality. */
  foreign?(event: SubscriberEvent): void;
}

export type SyncOutcome = 'applied' | 'duplicate' | 'foreign';

function revisionOf(event: SubscriberEvent): number {
  const text = event.attributes[EVENT_ATTRIBUTES.revision] ?? '';
  if (!/^[1-9]\d{0,14}$/.test(text)) throw malformed('attribute revision must be a positive integer');
  return Number(text);
}

function payloadOf(event: SubscriberEvent): PersonEventPayload {
  const kind = kindOfEventType(event.eventType);
  if (kind === undefined) throw malformed(`event type ${event.eventType} is not a population register event`);
  if (event.payloadType !== undefined && event.payloadType !== PERSON_EVENT_PAYLOAD_TYPES[kind]) {
    throw malformed(`payload type must be ${PERSON_EVENT_PAYLOAD_TYPES[kind]}`);
  }
  try {
    return decodePersonEvent(kind, event.payload, event.format);
  } catch (error) {
    if (error instanceof PopulationException) throw malformed(error.message, error);
    throw error;
  }
}

export class ResidentSync {
  private readonly subjects = new KeyedQueue();

  constructor(
    private readonly table: ResidentTable,
    private readonly ledger: DeliveryLedger,
    private readonly lookup: PersonLookup,
    private readonly observers: readonly SyncObserver[] = [],
  ) {}

  /**
   * Applies the event after the subject's earlier ones. Resolves once the table holds its effect;
   * rejects with MALFORMED_EVENT (never applicable) or UNAVAILABLE (try again).
   */
  apply(event: SubscriberEvent): Promise<SyncOutcome> {
    return this.subjects.run(event.subjectKey, () => this.applyInOrder(event));
  }

  private async applyInOrder(event: SubscriberEvent): Promise<SyncOutcome> {
    const admission = this.ledger.admit(event);
    if (admission.duplicate) {
      this.observers.forEach((o) => o.duplicate?.(event));
      return 'duplicate';
    }
    const here = this.table.municipalityCode;
    const municipality = event.attributes[EVENT_ATTRIBUTES.municipality];
    if (!municipality) throw malformed('attribute municipality is missing');
    const previous = event.attributes[EVENT_ATTRIBUTES.previousMunicipality];
    const revision = revisionOf(event);
    const payload = payloadOf(event);
    if (municipality !== here && previous !== here) {
      this.ledger.record(event);
      this.observers.forEach((o) => o.foreign?.(event));
      return 'foreign';
    }
    await this.applyPayload(payload, revision, municipality, previous);
    this.ledger.record(event);
    if (payload.kind === 'relocated' && previous === here && municipality !== here) {
      this.ledger.interrupt(event.subjectKey);
    }
    if (admission.missing > 0) this.observers.forEach((o) => o.gap?.(event, admission.missing));
    this.observers.forEach((o) => o.applied?.(event));
    return 'applied';
  }

  private async applyPayload(
    payload: PersonEventPayload,
    revision: number,
    municipality: string,
    previous: string | undefined,
  ): Promise<void> {
    const table = this.table;
    switch (payload.kind) {
      case 'born':
        if (payload.person.address.municipalityCode !== municipality) {
          throw malformed('attribute municipality differs from the address in the payload');
        }
        table.setName(payload.person.nationalId, revision, payload.person.name);
        table.setResidence(payload.person.nationalId, revision, payload.person.address);
        return;
      case 'died':
        table.setResidence(payload.nationalId, revision, undefined);
        return;
      case 'renamed':
        table.setName(payload.nationalId, revision, payload.newName);
        return;
      case 'relocated': {
        const { nationalId, newAddress, previousAddress } = payload;
        if (newAddress.municipalityCode !== municipality || previousAddress.municipalityCode !== previous) {
          throw malformed('attributes municipality and previousmunicipality differ from the payload');
        }
        if (table.residenceRevision(nationalId) >= revision) return; // a later change is applied
        if (newAddress.municipalityCode === table.municipalityCode) {
          await this.learnName(nationalId, revision, previous === table.municipalityCode);
        }
        table.setResidence(nationalId, revision, newAddress);
        return;
      }
    }
  }

  /**
   * A relocation carries no name. Someone moving in may have changed name while living elsewhere
   * (events this municipality never saw), so unless a name at least as recent is known, ask the
   * register; its answer is at least as recent as the move, and later renames still win.
   */
  private async learnName(nationalId: string, revision: number, movedWithin: boolean): Promise<void> {
    const known = this.table.nameRevision(nationalId);
    if (known >= revision || (movedWithin && known >= 0)) return;
    let person: PersonRecord | undefined;
    try {
      person = await this.lookup.getPerson(nationalId);
    } catch (error) {
      throw new SubscriberException(SubscriberErrorCode.UNAVAILABLE, 'the person lookup failed', {
        cause: error,
      });
    }
    if (person === undefined) {
      throw new SubscriberException(
        SubscriberErrorCode.UNAVAILABLE,
        'the register does not know the person yet',
      );
    }
    this.table.setName(nationalId, revision, person.name);
  }
}
