// Parsers for the example apps' environment settings (`env.parsed`: the text, or what is wrong),
// and the identifiers they name (made where the apps are wired).
import {
  RegistryErrorCode,
  RegistryException,
  serviceRef,
  subsystemRef,
  type ClientRef,
  type ServiceRef,
} from '@sild/registry-config';
import { MUNICIPALITY_CODE_PATTERN } from './record-checks';

const SUBSYSTEM = 'a subsystem INSTANCE/CLASS/CODE/SUBSYSTEM';
const SERVICE = 'a service INSTANCE/CLASS/CODE/SUBSYSTEM/SERVICE/VERSION';

/** `INSTANCE/CLASS/CODE/SUBSYSTEM`, e.g. NL/GOV/00000001/brp; RegistryException if it is not one. */
export function subsystemOf(text: string): ClientRef {
  const [instance, memberClass, memberCode, subsystem, ...rest] = text.split('/');
  if (rest.length > 0)
    throw new RegistryException(RegistryErrorCode.INVALID_ARGUMENT, `must be ${SUBSYSTEM}`);
  return subsystemRef('subsystem', { instance, memberClass, memberCode, subsystem });
}

/** `INSTANCE/CLASS/CODE/SUBSYSTEM/SERVICE/VERSION`, e.g. NL/GOV/00000001/brp/persons/v1. */
export function serviceOf(text: string): ServiceRef {
  const [instance, memberClass, memberCode, subsystem, serviceCode, serviceVersion, ...rest] =
    text.split('/');
  if (rest.length > 0) throw new RegistryException(RegistryErrorCode.INVALID_ARGUMENT, `must be ${SERVICE}`);
  return serviceRef('service', {
    provider: { instance, memberClass, memberCode, subsystem },
    serviceCode,
    serviceVersion,
  });
}

/** The text when `parse` takes it, else what is wrong (for `env.parsed`: the config keeps the text). */
function checked(
  text: string,
  parse: (text: string) => unknown,
  expected: string,
): string | { error: string } {
  try {
    parse(text);
    return text;
  } catch (error) {
    if (error instanceof RegistryException) return { error: `must be ${expected} (${error.message})` };
    throw error;
  }
}

export const subsystemSetting = (text: string): string | { error: string } =>
  checked(text, subsystemOf, SUBSYSTEM);

export const serviceSetting = (text: string): string | { error: string } => checked(text, serviceOf, SERVICE);

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
