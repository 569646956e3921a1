// Parsers for the example apps' environment settings (`env.parsed`): the value, or what is wrong.
import {
  RegistryException,
  serviceRef,
  subsystemRef,
  type ClientRef,
  type ServiceRef,
} from '@sild/registry-config';
import { MUNICIPALITY_CODE_PATTERN } from './record-checks';

function parsed<T>(parse: () => T, expected: string): T | { error: string } {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RegistryException) return { error: `must be ${expected} (${error.message})` };
    throw error;
  }
}

/** `INSTANCE/CLASS/CODE/SUBSYSTEM`, e.g. NL/GOV/00000001/brp. */
export function subsystemSetting(text: string): ClientRef | { error: string } {
  const parts = text.split('/');
  if (parts.length !== 4) return { error: 'must be a subsystem INSTANCE/CLASS/CODE/SUBSYSTEM' };
  const [instance, memberClass, memberCode, subsystem] = parts;
  return parsed(
    () => subsystemRef('subsystem', { instance, memberClass, memberCode, subsystem }),
    'a subsystem INSTANCE/CLASS/CODE/SUBSYSTEM',
  );
}

/** `INSTANCE/CLASS/CODE/SUBSYSTEM/SERVICE/VERSION`, e.g. NL/GOV/00000001/brp/persons/v1. */
export function serviceSetting(text: string): ServiceRef | { error: string } {
  const parts = text.split('/');
  const expected = 'a service INSTANCE/CLASS/CODE/SUBSYSTEM/SERVICE/VERSION';
  if (parts.length !== 6) return { error: `must be ${expected}` };
  const [instance, memberClass, memberCode, subsystem, serviceCode, serviceVersion] = parts;
  return parsed(
    () =>
      serviceRef('service', {
        provider: { instance, memberClass, memberCode, subsystem },
        serviceCode,
        serviceVersion,
      }),
    expected,
  );
}

/** `host:port`, e.g. 127.0.0.1:50053. */
export function hostPortSetting(text: string): string | { error: string } {
  return /^[^\s:/]+:\d{1,5}$/.test(text) && Number(text.split(':')[1]) <= 65_535
    ? text
    : { error: 'must be host:port' };
}

/** A CBS municipality code: four digits. */
export function municipalityCodeSetting(text: string): string | { error: string } {
  return MUNICIPALITY_CODE_PATTERN.test(text)
    ? text
    : { error: 'must be a municipality code of four digits' };
}

/** A comma-separated list of non-empty items. */
export function listSetting(text: string): readonly string[] | { error: string } {
  const items = text.split(',').map((item) => item.trim());
  return items.some((item) => item === '') ? { error: 'must be a comma-separated list' } : items;
}
