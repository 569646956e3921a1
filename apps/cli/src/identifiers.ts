import { InvalidArgumentError } from 'commander';
import {
  eventTypeNameOf,
  memberRef,
  RegistryException,
  serviceRef,
  subsystemRef,
  type ClientRef,
  type ServiceRef,
} from '@sild/registry-config';

const split = (text: string) => text.split('/');

/** Turns a registry validation error into commander's "invalid argument" error. */
function parsing<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RegistryException) throw new InvalidArgumentError(error.message);
    throw error;
  }
}

/** `INSTANCE/CLASS/CODE` */
export const parseMember = (text: string): ClientRef =>
  parsing(() => {
    const [instance, memberClass, memberCode, ...rest] = split(text);
    if (rest.length > 0) throw new InvalidArgumentError(`"${text}" is not INSTANCE/CLASS/CODE`);
    return memberRef('member', { instance, memberClass, memberCode });
  });

/** `INSTANCE/CLASS/CODE/SUBSYSTEM` */
export const parseSubsystem = (text: string): ClientRef =>
  parsing(() => {
    const [instance, memberClass, memberCode, subsystem, ...rest] = split(text);
    if (rest.length > 0) throw new InvalidArgumentError(`"${text}" is not INSTANCE/CLASS/CODE/SUBSYSTEM`);
    return subsystemRef('subsystem', { instance, memberClass, memberCode, subsystem });
  });

/** `INSTANCE/CLASS/CODE/SUBSYSTEM/SERVICE/VERSION` */
export const parseService = (text: string): ServiceRef =>
  parsing(() => {
    const [instance, memberClass, memberCode, subsystem, serviceCode, serviceVersion, ...rest] = split(text);
    if (rest.length > 0)
      throw new InvalidArgumentError(`"${text}" is not INSTANCE/CLASS/CODE/SUBSYSTEM/SERVICE/VERSION`);
    return serviceRef('service', {
      provider: { instance, memberClass, memberCode, subsystem },
      serviceCode,
      serviceVersion,
    });
  });

export const parseEventType = (text: string): string => parsing(() => eventTypeNameOf('event type', text));

/** An ISO 8601 time as a protobuf Timestamp object. */
export const parseTime = (text: string): { seconds: string; nanos: number } => {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new InvalidArgumentError(`"${text}" is not an ISO 8601 time`);
  return { seconds: Math.floor(ms / 1000).toString(), nanos: (ms % 1000) * 1_000_000 };
};

/** A positive whole number of milliseconds (at most a uint32). */
export const parseMilliseconds = (text: string): number => {
  const ms = Number(text);
  if (!/^\d+$/.test(text) || ms < 1 || ms > 0xffff_ffff)
    throw new InvalidArgumentError(`"${text}" is not a positive number of milliseconds`);
  return ms;
};
