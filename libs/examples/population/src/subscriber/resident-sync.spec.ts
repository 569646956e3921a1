import { describe, expect, it } from 'vitest';
import { ChangeGenerator } from '../changes/change-generator';
import { PERSON_EVENT_TYPES, personEventOf, type PersonEvent } from '../events/person-events';
import type { Address, PersonName, PersonRecord } from '../person';
import { generatePopulation } from '../population-generator';
import { PopulationRegister } from '../population-register';
import { residentListing } from '../resident-listing';
import { SeededRandom } from '../seeded-random';
import { DeliveryLedger } from './delivery-ledger';
import { FakeGateway } from '../testing';
import { ResidentSync, type PersonLookup } from './resident-sync.service';
import { ResidentTable } from './resident-table';
import { SubscriberErrorCode } from './subscriber.exception';
import { SyncStats } from './sync-stats';

const HERE = '0363';
const persons = generatePopulation({ size: 400, seed: 'sync-spec' });
const living = persons.filter((p) => p.deathDate === undefined);
const resident = living.find((p) => p.address.municipalityCode === HERE)!;
const elsewhere = living.find((p) => p.address.municipalityCode === '0599')!;
const date = { year: 2026, month: 2, day: 1 };
const address = (code: string, street = 'Teststraat'): Address => ({
  street,
  houseNumber: '1',
  postalCode: code === HERE ? '1011 AB' : '3011 AB',
  city: code === HERE ? 'Amsterdam' : 'Rotterdam',
  municipalityCode: code,
});
const name = (surname: string): PersonName => ({ givenNames: 'Anna', surnamePrefix: '', surname });

function setup(lookupPerson?: (id: string) => PersonRecord | undefined) {
  const table = new ResidentTable(HERE);
  const stats = new SyncStats();
  const lookups: string[] = [];
  const lookup: PersonLookup = {
    getPerson: (id) => {
      lookups.push(id);
      return Promise.resolve(lookupPerson?.(id));
    },
  };
  const sync = new ResidentSync(table, new DeliveryLedger(), lookup, [stats]);
  return { table, stats, sync, lookups, gateway: new FakeGateway() };
}

const relocated = (person: PersonRecord, from: Address, to: Address, revision: number): PersonEvent =>
  personEventOf({
    kind: 'relocated',
    change: {
      nationalId: person.nationalId,
      previousAddress: from,
      newAddress: to,
      effectiveDate: date,
      revision,
    },
  });
const renamed = (person: PersonRecord, newName: PersonName, code: string, revision: number): PersonEvent =>
  personEventOf({
    kind: 'renamed',
    change: {
      nationalId: person.nationalId,
      previousName: person.name,
      newName,
      effectiveDate: date,
      residenceMunicipalityCode: code,
      revision,
    },
  });
const died = (person: PersonRecord, code: string, revision: number): PersonEvent =>
  personEventOf({
    kind: 'died',
    change: {
      nationalId: person.nationalId,
      deathDate: date,
      deathMunicipalityCode: code,
      residenceMunicipalityCode: code,
      revision,
    },
  });

describe('ResidentSync: applying events to the resident table', () => {
  it('adds a birth here, ignores one elsewhere, and removes the dead', async () => {
    const { table, sync, gateway, stats } = setup();
    const baby: PersonRecord = { ...resident, nationalId: '111222333', birthDate: date };
    const born = (p: PersonRecord) =>
      personEventOf({
        kind: 'born',
        change: {
          person: p,
          parentNationalIds: [],
          birthMunicipalityCode: p.address.municipalityCode,
          revision: 1,
        },
      });
    expect(await sync.apply(gateway.deliver(born(baby)))).toBe('applied');
    expect(await sync.apply(gateway.deliver(born({ ...elsewhere, nationalId: '111222345' })))).toBe(
      'foreign',
    );
    expect(table.listing().residents).toEqual([
      { nationalId: baby.nationalId, name: baby.name, address: baby.address },
    ]);
    expect(await sync.apply(gateway.deliver(died(baby, HERE, 2)))).toBe('applied');
    expect(table.count).toBe(0);
    expect(stats.view()).toMatchObject({
      applied: { 'nl.brp.person.born.v1': 1, 'nl.brp.person.died.v1': 1 },
      foreign: 1,
      duplicates: 0,
      lastEventCreatedAt: '2026-03-01T12:00:00.000Z',
    });
  });

  it('applies a delivery once: a second copy, by message id or by sequence, is a duplicate', async () => {
    const { table, sync, gateway, stats } = setup();
    table.load(resident);
    const event = gateway.deliver(renamed(resident, name('Dam'), HERE, 1));
    expect(await sync.apply(event)).toBe('applied');
    const later = gateway.deliver(renamed(resident, name('Dijk'), HERE, 2));
    expect(await sync.apply(later)).toBe('applied');
    expect(await sync.apply(event)).toBe('duplicate');
    expect(await sync.apply({ ...event, messageId: 'replayed-copy', redelivery: true })).toBe('duplicate');
    expect(table.listing().residents[0]!.name.surname).toBe('Dijk');
    expect(stats.view()).toMatchObject({ duplicates: 2, applied: { 'nl.brp.person.renamed.v1': 2 } });
  });

  it('counts a sequence jump as a gap, but not after the person was away', async () => {
    const { sync, gateway, stats, table } = setup((id) => ({ ...resident, nationalId: id }));
    table.load(resident);
    const e1 = gateway.deliver(renamed(resident, name('A'), HERE, 1));
    gateway.deliver(renamed(resident, name('B'), HERE, 2)); // lost on the way
    const e3 = gateway.deliver(renamed(resident, name('C'), HERE, 3));
    await sync.apply(e1);
    await sync.apply(e3);
    expect(stats.view()).toMatchObject({ gaps: 1, missing: 1 });
    // moves away, is renamed twice elsewhere (not for us), moves back and is renamed here
    await sync.apply(gateway.deliver(relocated(resident, resident.address, address('0599'), 4)));
    gateway.deliver(renamed(resident, name('D'), '0599', 5));
    gateway.deliver(renamed(resident, name('E'), '0599', 6));
    gateway.deliver(relocated(resident, address('0599'), address('0344'), 7));
    await sync.apply(gateway.deliver(relocated(resident, address('0344'), address(HERE), 8)));
    await sync.apply(gateway.deliver(renamed(resident, name('F'), HERE, 9)));
    expect(stats.view()).toMatchObject({ gaps: 1, missing: 1 });
    expect(table.listing().residents).toEqual([
      { nationalId: resident.nationalId, name: name('F'), address: address(HERE) },
    ]);
  });

  it('asks the register for the name of someone moving in, not of someone moving within', async () => {
    const { table, sync, gateway, lookups } = setup((id) =>
      id === elsewhere.nationalId ? { ...elsewhere, name: name('Now') } : undefined,
    );
    table.load(resident);
    await sync.apply(gateway.deliver(relocated(elsewhere, elsewhere.address, address(HERE), 1)));
    await sync.apply(gateway.deliver(relocated(resident, resident.address, address(HERE, 'Damrak'), 1)));
    expect(lookups).toEqual([elsewhere.nationalId]);
    expect(
      table
        .listing()
        .residents.map((r) => [r.name.surname, r.address.street])
        .sort(),
    ).toEqual(
      [
        ['Now', 'Teststraat'],
        [resident.name.surname, 'Damrak'],
      ].sort(),
    );
    // moving out removes; an event about someone who never lived here is foreign
    await sync.apply(gateway.deliver(relocated(elsewhere, address(HERE), address('0599'), 2)));
    expect(table.isResident(elsewhere.nationalId)).toBe(false);
    expect(await sync.apply(gateway.deliver(renamed(elsewhere, name('X'), '0599', 3)))).toBe('foreign');
  });

  it('orders events of different types by revision, whatever order they arrive in', async () => {
    const { table, sync, gateway, lookups } = setup(() => elsewhere);
    // moved here (2), then renamed here (3): the rename arrives first
    const move = gateway.deliver(relocated(elsewhere, elsewhere.address, address(HERE), 2));
    const rename = gateway.deliver(renamed(elsewhere, name('Later'), HERE, 3));
    await sync.apply(rename);
    await sync.apply(move);
    expect(lookups).toEqual([]);
    expect(table.listing().residents).toEqual([
      { nationalId: elsewhere.nationalId, name: name('Later'), address: address(HERE) },
    ]);
    // died (5) arrives before a move within (4): the person stays removed, nobody is asked
    const within = gateway.deliver(relocated(elsewhere, address(HERE), address(HERE, 'Damrak'), 4));
    await sync.apply(gateway.deliver(died(elsewhere, HERE, 5)));
    await sync.apply(within);
    expect(table.count).toBe(0);
    // someone moving in (4) who died here (5), heard in reverse: nobody is asked for a name
    const other = living.find((p) => p.address.municipalityCode === '0344')!;
    const moveIn = gateway.deliver(relocated(other, other.address, address(HERE), 4));
    await sync.apply(gateway.deliver(died(other, HERE, 5)));
    await sync.apply(moveIn);
    expect(lookups).toEqual([]);
    expect(table.count).toBe(0);
    // a snapshot read before all this does not bring them back
    table.load({ ...elsewhere, address: address(HERE) });
    expect(table.count).toBe(0);
  });

  it('refuses malformed events and applies nothing when the register cannot be asked', async () => {
    const { sync, gateway, table } = setup(() => undefined);
    const base = gateway.deliver(renamed(resident, name('Z'), HERE, 1));
    const code = (c: SubscriberErrorCode): unknown => expect.objectContaining({ code: c });
    await expect(sync.apply({ ...base, attributes: { municipality: HERE } })).rejects.toThrow(
      code(SubscriberErrorCode.MALFORMED_EVENT),
    );
    await expect(sync.apply({ ...base, attributes: { revision: '1' } })).rejects.toThrow('municipality');
    await expect(sync.apply({ ...base, eventType: 'nl.brp.person.adopted.v1' })).rejects.toThrow(
      'not a population register event',
    );
    await expect(sync.apply({ ...base, payloadType: 'type.googleapis.com/x.Other' })).rejects.toThrow(
      'payload type',
    );
    await expect(sync.apply({ ...base, payload: new Uint8Array([0xff]) })).rejects.toThrow(
      code(SubscriberErrorCode.MALFORMED_EVENT),
    );
    const lying = gateway.deliver(relocated(elsewhere, elsewhere.address, address(HERE), 1));
    await expect(
      sync.apply({ ...lying, attributes: { ...lying.attributes, previousmunicipality: '0344' } }),
    ).rejects.toThrow('differ');
    const moveIn = gateway.deliver(relocated(elsewhere, elsewhere.address, address(HERE), 2));
    await expect(sync.apply(moveIn)).rejects.toThrow(code(SubscriberErrorCode.UNAVAILABLE));
    expect(table.count).toBe(0);
    // not recorded: delivered again once the register answers, it applies
    const retry = setup(() => elsewhere);
    await expect(retry.sync.apply(moveIn)).resolves.toBe('applied');
  });
});

describe('ResidentSync: the table ends equal to the register', () => {
  it('for every municipality, with types interleaved, duplicates and a paged snapshot taken mid-way', async () => {
    const register = PopulationRegister.generate({ size: 2_000, seed: 'converge' });
    const gateway = new FakeGateway();
    const generator = new ChangeGenerator(register, 'converge');
    const random = new SeededRandom('converge/delivery');
    const codes = [...register.residentCounts().keys()];
    const streams = new Map<string, ReturnType<FakeGateway['deliver']>[][]>();
    const snapshots = new Map(codes.map((code) => [code, [] as PersonRecord[]]));
    const tokens = new Map(codes.map((code) => [code, '']));
    for (let i = 0; i < 4_000; i += 1) {
      if (i === 1_000 || i === 2_500) {
        // the initial load reads its pages while the register changes
        for (const code of codes) {
          const page = register.search({
            municipalityCode: code,
            pageSize: i === 1_000 ? 150 : 500,
            pageToken: tokens.get(code)!,
          });
          snapshots.get(code)!.push(...page.persons);
          tokens.set(code, page.nextPageToken);
        }
      }
      const delivered = gateway.deliver(personEventOf(generator.next()));
      for (const code of codes) {
        const { municipality, previousmunicipality } = delivered.attributes;
        if (municipality !== code && previousmunicipality !== code) continue;
        const byType = streams.get(code) ?? [[], [], [], []];
        streams.set(code, byType);
        byType[Object.values(PERSON_EVENT_TYPES).indexOf(delivered.eventType)]!.push(delivered);
      }
    }
    for (const code of codes) {
      expect(tokens.get(code), 'the two pages read everything').toBe('');
      const table = new ResidentTable(code);
      const stats = new SyncStats();
      const sync = new ResidentSync(
        table,
        new DeliveryLedger(500),
        { getPerson: (id) => Promise.resolve(register.find(id)) },
        [stats],
      );
      const queues = streams.get(code)!.map((q) => [...q]);
      const loadAt = random.integer(0, queues.flat().length);
      let delivered = 0;
      const applied: Promise<unknown>[] = [];
      const load = async () => {
        await Promise.all(applied); // what was delivered so far is applied (in any order) first
        for (const person of snapshots.get(code)!) table.load(person);
      };
      while (queues.some((q) => q.length > 0)) {
        if (delivered === loadAt) await load();
        // the four event types reach the subscriber at their own pace
        const queue = random.pick(queues.filter((q) => q.length > 0));
        const event = queue.shift()!;
        applied.push(sync.apply(event));
        if (random.chance(0.1)) applied.push(sync.apply({ ...event, messageId: `${event.messageId}-again` }));
        delivered += 1;
      }
      if (delivered <= loadAt) await load();
      await Promise.all(applied);
      const truth = register.residentsOf(code);
      expect(table.listing().digest, code).toBe(residentListing(code, truth).digest);
      expect(stats.view().duplicates, code).toBeGreaterThan(0);
      expect(stats.view().foreign, code).toBe(0);
    }
  });
});

describe('SyncStats', () => {
  it('reports lag from the creation time of the last applied event', () => {
    let now = new Date('2026-03-01T12:00:05Z');
    const stats = new SyncStats(() => now);
    expect(stats.view().lagSeconds).toBeNull();
    const { gateway } = setup();
    stats.applied(gateway.deliver(renamed(resident, name('A'), HERE, 1)));
    expect(stats.view()).toMatchObject({ lagSeconds: 5, lastEventAt: '2026-03-01T12:00:05.000Z' });
    now = new Date('2026-03-01T12:00:07.500Z');
    expect(stats.lagSeconds()).toBe(7.5);
  });
});
