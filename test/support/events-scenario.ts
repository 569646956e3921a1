// The event notification setup of the end-to-end tests: the population register (provider and
// publisher of four event types) with its gateway, the router, and five municipalities (or those
// asked for), each with its own gateway delivering by webhook to its own municipality system that
// keeps a resident table. Every service is a real process on the real broker.
import { freePort, startService, type ServiceProcess } from '@sild/platform-testing';
import {
  clientRef,
  operatorApis,
  registerMember,
  serviceRef,
  startGateway,
  type MemberKey,
  type OperatorApis,
  type TestGateway,
} from './gateways';
import { createTestInstance, testInstanceCode, type TestInstance } from './instance';

export const EVENT_TYPES = ['born', 'died', 'relocated', 'renamed'].map((what) => `nl.brp.person.${what}.v1`);
const PAYLOAD_TYPES: Record<string, string> = {
  'nl.brp.person.born.v1': 'BirthRegistered',
  'nl.brp.person.died.v1': 'DeathRegistered',
  'nl.brp.person.relocated.v1': 'PersonRelocated',
  'nl.brp.person.renamed.v1': 'NameChanged',
};
export const MUNICIPALITY_CODES = ['0363', '0599', '0518', '0344', '0014'] as const;
export const SUBJECT_SECRET = 'e2e instance subject key secret, 32+ characters';
/** The register's token at its gateway's Events API, for publisher `ids.publisher`. */
export const PUBLISHER_TOKEN = 'population register publisher token';
export const SUBSCRIBER_TOKEN = 'municipality system token';
/** The register's backend token, also the bearer of its admin endpoints. */
export const BACKEND_TOKEN = 'provider backend token';

/** A JSON answer of a service's HTTP endpoint (the register's admin, a municipality system's). */
export async function getJson<T>(port: number, path: string, token?: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** One subscriber's filter: its residents, including those who move away. */
export const residentsFilter = (code: string): string =>
  JSON.stringify({ any: [{ exact: { municipality: code } }, { exact: { previousmunicipality: code } }] });

export interface Municipality {
  readonly code: string;
  readonly member: string;
  readonly subscriber: string;
  readonly key: MemberKey;
  /** Subscription id per event type. */
  readonly subscriptions: Record<string, string>;
  gateway: TestGateway;
  system: ServiceProcess;
  readonly systemPort: number;
}

export interface EventsScenario {
  readonly instance: TestInstance;
  readonly apis: OperatorApis;
  readonly ids: { readonly provider: string; readonly publisher: string; readonly service: string };
  readonly register: { readonly process: ServiceProcess; readonly httpPort: number };
  readonly providerGateway: TestGateway;
  readonly municipalities: readonly Municipality[];
  router: ServiceProcess;
  startRouter(): Promise<ServiceProcess>;
  /** Starts (again) a municipality's gateway, delivering to its system's webhook. */
  startMunicipalityGateway(municipality: Municipality): Promise<TestGateway>;
  /** The last lines of every process's output, for a failure's diagnosis. */
  logTails(lines?: number): string;
  close(): Promise<void>;
}

export interface EventsScenarioOptions {
  readonly populationSize: number;
  /** The subscribing municipalities; default all of MUNICIPALITY_CODES (fewer start faster). */
  readonly municipalityCodes?: readonly string[];
}

export async function startEventsScenario(options: EventsScenarioOptions): Promise<EventsScenario> {
  const code = testInstanceCode();
  const instance = await createTestInstance(code);
  const started: { stop(): Promise<unknown> }[] = [];
  const apis = operatorApis(instance);
  try {
    return await provision(code, instance, apis, options, started);
  } catch (error) {
    for (const process of started.reverse()) await process.stop();
    apis.close();
    await instance.close();
    throw error;
  }
}

async function provision(
  code: string,
  instance: TestInstance,
  apis: OperatorApis,
  options: EventsScenarioOptions,
  started: { stop(): Promise<unknown> }[],
): Promise<EventsScenario> {
  const ids = {
    provider: `${code}/GOV/00000001`,
    publisher: `${code}/GOV/00000001/brp`,
    service: `${code}/GOV/00000001/brp/persons/v1`,
  };
  await instance.startRegistry();
  await instance.startSigner();
  const providerKey = await registerMember(instance, apis, ids.provider, ['brp']);
  await apis.registry.call('AddService', {
    id: serviceRef(ids.service),
    description: 'persons',
    endpointKind: 'ENDPOINT_KIND_GRPC',
  });
  for (const eventType of EVENT_TYPES) {
    await apis.registry.call('AddEventType', {
      eventType: {
        name: eventType,
        owner: clientRef(ids.publisher),
        payloadType: `type.googleapis.com/sild.examples.population.v1.${PAYLOAD_TYPES[eventType] ?? ''}`,
        partitionKeyRule: 'subject_key',
        description: eventType,
      },
    });
  }
  const municipalities: Municipality[] = [];
  for (const municipalityCode of options.municipalityCodes ?? MUNICIPALITY_CODES) {
    const member = `${code}/MUN/${municipalityCode}`;
    const subscriber = `${member}/burgerzaken`;
    const key = await registerMember(instance, apis, member, ['burgerzaken']);
    await apis.registry.call('AddGrant', {
      client: clientRef(subscriber),
      service: serviceRef(ids.service),
      purpose: 'initial load of the resident table',
    });
    const subscriptions: Record<string, string> = {};
    for (const eventType of EVENT_TYPES) {
      const requested = await apis.registry.call<{ id: string }>('RequestSubscription', {
        subscriber: clientRef(subscriber),
        eventType,
        filterJson: residentsFilter(municipalityCode),
        purpose: 'keep the resident table up to date',
        includeFollowed: true,
      });
      await apis.registry.call('DecideSubscription', {
        id: requested.id,
        decision: 'SUBSCRIPTION_STATUS_APPROVED',
        decidedBy: clientRef(ids.publisher),
        reason: 'residents and followed persons',
      });
      subscriptions[eventType] = requested.id;
    }
    municipalities.push({
      code: municipalityCode,
      member,
      subscriber,
      key,
      subscriptions,
      systemPort: await freePort(),
      gateway: undefined as unknown as TestGateway,
      system: undefined as unknown as ServiceProcess,
    });
  }

  // the register and its gateway know each other's ports before either starts
  const registerGrpcPort = await freePort();
  const registerHttpPort = await freePort();
  const providerGateway = await startGateway(instance, {
    member: ids.provider,
    key: providerKey,
    providers: `brp=grpc://127.0.0.1:${registerGrpcPort}`,
    apiTokens: `brp=${PUBLISHER_TOKEN}`,
    env: { GATEWAY_BACKEND_TOKEN: BACKEND_TOKEN, GATEWAY_SUBJECT_KEY_SECRET: SUBJECT_SECRET },
  });
  started.push(providerGateway.process);
  await providerGateway.process.ready();
  const register = startService('population-register', 'apps/population-register/src/main.ts', {
    GRPC_PORT: String(registerGrpcPort),
    HTTP_PORT: String(registerHttpPort),
    GRPC_AUTH_TOKEN: BACKEND_TOKEN,
    POPULATION_SIZE: String(options.populationSize),
    POPULATION_SEED: `e2e-${code}`,
    POPULATION_GATEWAY_ADDRESS: providerGateway.address,
    POPULATION_GATEWAY_TOKEN: PUBLISHER_TOKEN,
    POPULATION_PUBLISHER: ids.publisher,
  });
  started.push(register);
  await register.ready();

  const routerPort = await freePort();
  const startRouter = async () => {
    const router = startService('router', 'apps/router/src/main.ts', {
      SILD_ANCHOR_FILE: instance.anchorFile,
      HTTP_PORT: String(routerPort),
    });
    started.push(router);
    await router.ready();
    return router;
  };
  const router = await startRouter();

  const startMunicipalityGateway = async (municipality: Municipality) => {
    const webhook = `http://127.0.0.1:${municipality.systemPort}/events`;
    // a restarted gateway listens where its systems know it
    const former = municipality.gateway as TestGateway | undefined;
    const gateway = await startGateway(instance, {
      member: municipality.member,
      key: municipality.key,
      ...(former ? { ports: { grpc: Number(former.address.split(':')[1]), http: former.httpPort } } : {}),
      apiTokens: `burgerzaken=${SUBSCRIBER_TOKEN}`,
      env: {
        GATEWAY_SUBJECT_KEY_SECRET: SUBJECT_SECRET,
        GATEWAY_SUBSCRIPTIONS: Object.values(municipality.subscriptions)
          .map((id) => `${id}=webhook:${webhook}`)
          .join(','),
        // a municipality system answers 503 while its name lookup fails: a long retry budget
        GATEWAY_DELIVERY_MAX_ATTEMPTS: '40',
        GATEWAY_DELIVERY_BACKOFF_MS: '100',
        GATEWAY_DELIVERY_MAX_BACKOFF_MS: '5000',
      },
    });
    started.push(gateway.process);
    await gateway.process.ready();
    municipality.gateway = gateway;
    return gateway;
  };
  for (const municipality of municipalities) {
    await startMunicipalityGateway(municipality);
    municipality.system = startService(`municipality-${municipality.code}`, 'apps/municipality/src/main.ts', {
      HTTP_PORT: String(municipality.systemPort),
      MUNICIPALITY_CODE: municipality.code,
      MUNICIPALITY_GATEWAY_ADDRESS: municipality.gateway.address,
      MUNICIPALITY_GATEWAY_TOKEN: SUBSCRIBER_TOKEN,
      MUNICIPALITY_SUBSCRIBER: municipality.subscriber,
      MUNICIPALITY_DELIVERY: 'webhook',
      MUNICIPALITY_SUBSCRIPTION_IDS: Object.values(municipality.subscriptions).join(','),
      MUNICIPALITY_PROVIDER_SERVICE: ids.service,
    });
    started.push(municipality.system);
    await municipality.system.ready();
  }

  const scenario: EventsScenario = {
    instance,
    apis,
    ids,
    register: { process: register, httpPort: registerHttpPort },
    providerGateway,
    municipalities,
    router,
    startRouter,
    startMunicipalityGateway,
    logTails(lines = 15) {
      const processes = [
        register,
        providerGateway.process,
        scenario.router,
        ...municipalities.flatMap((m) => [m.gateway.process, m.system]),
      ];
      return processes
        .map(
          (p) =>
            `--- ${p.name} (exit ${String(p.child.exitCode)})\n${p.output().split('\n').slice(-lines).join('\n')}`,
        )
        .join('\n');
    },
    async close() {
      // side by side: each service drains for a few seconds (kafkajs' last fetch)
      await Promise.all(municipalities.map((municipality) => municipality.system.stop()));
      await Promise.all([
        ...municipalities.map((municipality) => municipality.gateway.process.stop()),
        scenario.router.stop(),
      ]);
      await register.stop();
      await providerGateway.process.stop();
      apis.close();
      await instance.close();
    },
  };
  return scenario;
}
