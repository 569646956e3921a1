// deploy/compose/compose.yaml checked without a Docker engine: images and builds, variable names
// the apps read, health checks, start order, addresses and volumes.
import { describe, expect, it } from 'vitest';
import { unknownVariables } from './app-variables';
import { addresses, appOf, composeFile, dependencies, mountOf } from './compose-file';
import { parseDockerfile } from './dockerfile';
import { existingApps, exists, readText } from './repo';

const { services, volumes } = composeFile();
const byName = new Map(services.map((service) => [service.name, service]));
const sild = services.filter((service) => appOf(service, services) !== undefined);
const oneShot = (name: string) => byName.get(name)?.restart === 'no';
/** Key files an app creates on its first start and signs with from then on. */
const CREATED_KEY_FILES: Readonly<Record<string, string>> = { audit: 'AUDIT_LOG_KEY_FILE' };
const stages = new Set(parseDockerfile(readText('Dockerfile')).stages.map((stage) => stage.name));

/** The port a service listens on for others: its GRPC_PORT, or the well-known port of its image. */
function listens(name: string): number[] {
  const service = byName.get(name);
  if (service?.image?.startsWith('apache/kafka')) return [9092];
  if (service?.image?.startsWith('postgres')) return [5432];
  return [service?.environment['GRPC_PORT'], service?.environment['HTTP_PORT']].filter(Boolean).map(Number);
}

describe('docker compose file (deploy/compose)', () => {
  it('runs Kafka in KRaft mode from the apache/kafka image, PostgreSQL and every Sild service', () => {
    const kafka = byName.get('kafka');
    expect(kafka?.image).toMatch(/^apache\/kafka:4\.\d+\.\d+$/);
    expect(kafka?.environment['KAFKA_PROCESS_ROLES']).toBe('broker,controller');
    expect(byName.get('postgres')?.image).toMatch(/^postgres:\d+/);
    const apps = new Set(sild.map((service) => appOf(service, services)));
    for (const app of existingApps()) expect(apps, `no service runs ${app}`).toContain(app);
  });

  it('builds Sild images from the Dockerfile with an APP of apps/', () => {
    for (const service of services) {
      expect(service.image ?? service.build, `${service.name} has neither image nor build`).toBeTruthy();
      if (service.image?.startsWith('sild/'))
        expect(service.build, `${service.name} would pull ${service.image}`).toBeDefined();
      if (!service.build) continue;
      expect(service.build.context).toBe('../..');
      expect(exists(service.build.dockerfile), service.name).toBe(true);
      expect(stages, `${service.name}: no stage ${service.build.target}`).toContain(service.build.target);
      const app = service.build.args['APP'] ?? '';
      expect(existingApps(), `${service.name}: APP=${app} is not in apps/`).toContain(app);
    }
  });

  it('sets only variables the app reads', () => {
    for (const service of sild) {
      const app = appOf(service, services) ?? '';
      expect(unknownVariables(app, Object.keys(service.environment)), service.name).toEqual([]);
    }
  });

  it('health-checks every long-running service and runs one-shot steps once', () => {
    for (const service of services) {
      if (oneShot(service.name)) continue;
      expect(service.healthcheck?.test.length, `${service.name} has no healthcheck`).toBeGreaterThan(0);
      expect(service.restart, service.name).toBe('unless-stopped');
    }
  });

  it('starts a service after the services it names, healthy or completed', () => {
    for (const service of services) {
      for (const [dependency, condition] of Object.entries(service.dependsOn)) {
        expect(byName.has(dependency), `${service.name} depends on unknown ${dependency}`).toBe(true);
        if (oneShot(dependency)) expect(condition, service.name).toBe('service_completed_successfully');
        else expect(condition, `${service.name} -> ${dependency}`).toBe('service_healthy');
      }
      expect(dependencies(service, services).has(service.name), `${service.name} depends on itself`).toBe(
        false,
      );
      const reached = dependencies(service, services);
      for (const value of Object.values(service.environment)) {
        for (const { host, port } of addresses(value).filter(
          (a) => byName.has(a.host) && a.host !== service.name,
        )) {
          expect(reached, `${service.name} uses ${host} before it starts`).toContain(host);
          expect(listens(host), `${service.name} -> ${host}:${port}`).toContain(port);
        }
      }
    }
  });

  it('keeps a key a service creates on a writable named volume (a restart keeps signing with it)', () => {
    for (const service of sild) {
      const variable = CREATED_KEY_FILES[appOf(service, services) ?? ''];
      if (variable === undefined) continue;
      const path = service.environment[variable] ?? '';
      expect(path, `${service.name}: ${variable}`).toMatch(/^\//);
      const mount = mountOf(service, path);
      expect(mount && volumes.includes(mount.source), `${service.name}: ${path} is not on a volume`).toBe(
        true,
      );
      expect(mount?.readOnly, `${service.name}: ${path} is on a read-only mount`).toBe(false);
    }
  });

  it('mounts declared volumes and files that exist', () => {
    for (const service of services) {
      for (const mount of service.volumes) {
        const [source = ''] = mount.split(':');
        if (source.startsWith('.'))
          expect(exists(`deploy/compose/${source}`), `${service.name}: ${source}`).toBe(true);
        else expect(volumes, `${service.name}: volume ${source}`).toContain(source);
      }
    }
  });
});
