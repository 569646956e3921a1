import type {
  Certificate,
  ClientRef,
  EventType,
  Grant,
  Member,
  RegistryState,
  Service,
  Subscription,
  Subsystem,
  TrustAnchor,
} from '@sild/registry-config';

type Compare<T> = (a: T, b: T) => number;

/** Code-unit order, as PostgreSQL's C collation sorts the ASCII identifiers of the registry. */
const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const time = (a: Date, b: Date): number => a.getTime() - b.getTime();
const by =
  <T>(...keys: ((item: T) => string | Date)[]): Compare<T> =>
  (a, b) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      const order = x instanceof Date && y instanceof Date ? time(x, y) : text(String(x), String(y));
      if (order !== 0) return order;
    }
    return 0;
  };
const client = <T>(of: (item: T) => ClientRef): ((item: T) => string)[] => [
  (item) => of(item).instance,
  (item) => of(item).memberClass,
  (item) => of(item).memberCode,
  (item) => of(item).subsystem,
];

/**
 * The order of every list in a view's state. Members, subsystems, services and event types sort
 * as SqlRegistryRepository.loadState() sorts them; subscriptions by (createdAt, id) as there too.
 * Grants, certificates and trust anchors are sorted by the database on a created_at column the
 * model does not carry: the view uses (validFrom, id), keyId and keyId. Compare a database state
 * with canonicalState(state) (docs/registry-view.md).
 */
export const STATE_ORDER = {
  members: by<Member>(...client<Member>((m) => m.id)),
  subsystems: by<Subsystem>(...client<Subsystem>((s) => s.id)),
  services: by<Service>(
    ...client<Service>((s) => s.id.provider),
    (s) => s.id.serviceCode,
    (s) => s.id.serviceVersion,
  ),
  eventTypes: by<EventType>((e) => e.name),
  grants: by<Grant>(
    (g) => g.validFrom,
    (g) => g.id,
  ),
  subscriptions: by<Subscription>(
    (s) => s.createdAt,
    (s) => s.id,
  ),
  certificates: by<Certificate>((c) => c.keyId),
  trustAnchors: by<TrustAnchor>((a) => a.keyId),
};

const sorted = <T>(items: Iterable<T>, compare: Compare<T>): T[] => [...items].sort(compare);

/** A registry state with every list in the view's order (e.g. the database's, for comparing). */
export function canonicalState(state: RegistryState): RegistryState {
  return {
    version: state.version,
    members: sorted(state.members, STATE_ORDER.members),
    subsystems: sorted(state.subsystems, STATE_ORDER.subsystems),
    services: sorted(state.services, STATE_ORDER.services),
    eventTypes: sorted(state.eventTypes, STATE_ORDER.eventTypes),
    grants: sorted(state.grants, STATE_ORDER.grants),
    subscriptions: sorted(state.subscriptions, STATE_ORDER.subscriptions),
    certificates: sorted(state.certificates, STATE_ORDER.certificates),
    trustAnchors: sorted(state.trustAnchors, STATE_ORDER.trustAnchors),
  };
}
