import { invalid } from './registry.exception';
import type { ClientRef, ServiceRef } from './registry.model';

const part = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const eventTypeName = /^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+$/;

/** `INSTANCE/CLASS/CODE[/SUBSYSTEM]`. */
export const clientKey = (id: ClientRef): string =>
  [id.instance, id.memberClass, id.memberCode, ...(id.subsystem ? [id.subsystem] : [])].join('/');

/** `PROVIDER/SERVICE/VERSION`. */
export const serviceKey = (id: ServiceRef): string =>
  `${clientKey(id.provider)}/${id.serviceCode}/${id.serviceVersion}`;

export const memberIdOf = (id: ClientRef): ClientRef => ({ ...id, subsystem: '' });

export const sameMember = (a: ClientRef, b: ClientRef): boolean =>
  a.instance === b.instance && a.memberClass === b.memberClass && a.memberCode === b.memberCode;

export const sameClient = (a: ClientRef, b: ClientRef): boolean =>
  sameMember(a, b) && a.subsystem === b.subsystem;

function checkPart(field: string, value: unknown): string {
  if (typeof value !== 'string' || !part.test(value)) {
    throw invalid(
      field,
      'must be 1-64 characters of letters, digits and . _ - (starting with a letter or digit)',
    );
  }
  return value;
}

interface ClientInput {
  instance?: unknown;
  memberClass?: unknown;
  memberCode?: unknown;
  subsystem?: unknown;
}

/** Validates a member id (subsystem must be empty); throws INVALID_ARGUMENT naming the field. */
export function memberRef(field: string, input: ClientInput | null | undefined): ClientRef {
  if (!input) throw invalid(field, 'is required');
  if (input.subsystem) throw invalid(`${field}.subsystem`, 'must be empty for a member');
  return {
    instance: checkPart(`${field}.instance`, input.instance),
    memberClass: checkPart(`${field}.member_class`, input.memberClass),
    memberCode: checkPart(`${field}.member_code`, input.memberCode),
    subsystem: '',
  };
}

/** Validates a subsystem id; throws INVALID_ARGUMENT naming the field. */
export function subsystemRef(field: string, input: ClientInput | null | undefined): ClientRef {
  if (!input) throw invalid(field, 'is required');
  const member = memberRef(field, { ...input, subsystem: '' });
  return { ...member, subsystem: checkPart(`${field}.subsystem`, input.subsystem) };
}

export function serviceRef(
  field: string,
  input:
    { provider?: ClientInput | null; serviceCode?: unknown; serviceVersion?: unknown } | null | undefined,
): ServiceRef {
  if (!input) throw invalid(field, 'is required');
  return {
    provider: subsystemRef(`${field}.provider`, input.provider),
    serviceCode: checkPart(`${field}.service_code`, input.serviceCode),
    serviceVersion: checkPart(`${field}.service_version`, input.serviceVersion),
  };
}

export function eventTypeNameOf(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length > 200 || !eventTypeName.test(value)) {
    throw invalid(field, 'must be a dotted lower-case name such as nl.brp.person.relocated.v1');
  }
  return value;
}

export function requiredText(field: string, value: unknown, max = 1_000): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(field, 'is required');
  if (value.length > max) throw invalid(field, `must be at most ${max} characters`);
  return value.trim();
}

export function optionalText(field: string, value: unknown, max = 1_000): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value !== 'string') throw invalid(field, 'must be text');
  if (value.length > max) throw invalid(field, `must be at most ${max} characters`);
  return value.trim();
}
