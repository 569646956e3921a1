// deploy/compose/compose.yaml as the checks see it: services with their build, environment,
// dependencies, health checks and volumes (merge keys resolved).
import { isRecord, readYaml } from './repo';

export const COMPOSE = 'deploy/compose/compose.yaml';

export interface ComposeService {
  readonly name: string;
  readonly image?: string;
  readonly build?: { context: string; dockerfile: string; target: string; args: Record<string, string> };
  readonly environment: Record<string, string>;
  readonly dependsOn: Record<string, string>;
  readonly healthcheck?: { test: string[] };
  readonly restart?: string;
  readonly profiles: string[];
  readonly volumes: string[];
}

const strings = (value: unknown): Record<string, string> =>
  isRecord(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)])) : {};

export function composeFile(): { services: ComposeService[]; volumes: string[] } {
  const file = readYaml(COMPOSE);
  if (!isRecord(file) || !isRecord(file['services'])) throw new Error(`${COMPOSE}: no services`);
  const services = Object.entries(file['services']).map(([name, raw]): ComposeService => {
    if (!isRecord(raw)) throw new Error(`${COMPOSE}: service ${name} is not a mapping`);
    const build = isRecord(raw['build'])
      ? {
          context: String(raw['build']['context']),
          dockerfile: String(raw['build']['dockerfile']),
          target: String(raw['build']['target']),
          args: strings(raw['build']['args']),
        }
      : undefined;
    const dependsOn = isRecord(raw['depends_on'])
      ? Object.fromEntries(
          Object.entries(raw['depends_on']).map(([k, v]) => [k, isRecord(v) ? String(v['condition']) : '']),
        )
      : {};
    return {
      name,
      ...(typeof raw['image'] === 'string' ? { image: raw['image'] } : {}),
      ...(build ? { build } : {}),
      environment: strings(raw['environment']),
      dependsOn,
      ...(isRecord(raw['healthcheck'])
        ? {
            healthcheck: {
              test: Array.isArray(raw['healthcheck']['test']) ? raw['healthcheck']['test'].map(String) : [],
            },
          }
        : {}),
      ...(typeof raw['restart'] === 'string' ? { restart: raw['restart'] } : {}),
      profiles: Array.isArray(raw['profiles']) ? raw['profiles'].map(String) : [],
      volumes: Array.isArray(raw['volumes']) ? raw['volumes'].map(String) : [],
    };
  });
  return { services, volumes: isRecord(file['volumes']) ? Object.keys(file['volumes']) : [] };
}

/** The Sild app a service runs: the APP build arg, or that of a service building the same image. */
export function appOf(service: ComposeService, all: readonly ComposeService[]): string | undefined {
  if (service.build) return service.build.args['APP'];
  return all.find((other) => other.build && other.image === service.image)?.build?.args['APP'];
}

/** Services a service starts after, directly or through others. */
export function dependencies(service: ComposeService, all: readonly ComposeService[]): Set<string> {
  const found = new Set<string>();
  const visit = (name: string) => {
    for (const dependency of Object.keys(all.find((s) => s.name === name)?.dependsOn ?? {})) {
      if (!found.has(dependency)) {
        found.add(dependency);
        visit(dependency);
      }
    }
  };
  visit(service.name);
  return found;
}

/** host:port pairs named in a value: `kafka:9092`, `grpc://population-register:50061`, URLs. */
export const addresses = (value: string): { host: string; port: number }[] =>
  [...value.matchAll(/(?:^|[/@,=])([a-z][a-z0-9-]*):(\d{2,5})\b/g)].map(([, host = '', port = '']) => ({
    host,
    port: Number(port),
  }));

/** The volume mount a path of a service lies in (the deepest), as `source:target[:ro]` parts. */
export function mountOf(
  service: ComposeService,
  path: string,
): { source: string; target: string; readOnly: boolean } | undefined {
  return service.volumes
    .map((mount) => {
      const [source = '', target = '', mode = ''] = mount.split(':');
      return { source, target: target.replace(/\/$/, ''), readOnly: mode.split(',').includes('ro') };
    })
    .filter((mount) => path.startsWith(`${mount.target}/`))
    .sort((a, b) => b.target.length - a.target.length)[0];
}
