// Organisations with gateways for end-to-end tests: registered through the Registry API, a
// local key file certified by the instance CA, and the gateway app as a real process.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createCertificateRequest, generateSigningKeyPair, writeKeyFile } from '@sild/platform-crypto';
import { GrpcClient, loadProtos } from '@sild/platform-grpc';
import { freePort, startService, type ServiceProcess } from '@sild/platform-testing';
import { registryPackageDefinition, REGISTRY_SERVICE } from './registry-api';
import { OPERATOR_TOKEN, type TestInstance } from './instance';

const PROTO_ROOT = resolve(import.meta.dirname, '../../proto');
export const KEY_PASSPHRASE = 'gateway key passphrase';

export interface ClientRefText {
  instance: string;
  memberClass: string;
  memberCode: string;
  subsystem: string;
}

/** `NL/GOV/00000001/brp` -> ClientId fields. */
export function clientRef(text: string): ClientRefText {
  const [instance = '', memberClass = '', memberCode = '', subsystem = ''] = text.split('/');
  return { instance, memberClass, memberCode, subsystem };
}

/** `NL/GOV/00000001/brp/persons/v1` -> ServiceId fields. */
export function serviceRef(text: string) {
  const parts = text.split('/');
  return {
    provider: clientRef(parts.slice(0, 4).join('/')),
    serviceCode: parts[4] ?? '',
    serviceVersion: parts[5] ?? '',
  };
}

/** The Registry and Signer APIs with the operator's token. */
export function operatorApis(instance: TestInstance) {
  const env = instance.cliEnv();
  const registry = new GrpcClient(registryPackageDefinition(), REGISTRY_SERVICE, instance.registryAddress(), {
    bearerToken: OPERATOR_TOKEN,
  });
  const signer = new GrpcClient(
    loadProtos(['sild/signer/v1/signer.proto'], [PROTO_ROOT]),
    'sild.signer.v1.Signer',
    env['SILD_SIGNER'] ?? '',
    { bearerToken: OPERATOR_TOKEN },
  );
  return {
    registry,
    signer,
    close() {
      registry.close();
      signer.close();
    },
  };
}

export type OperatorApis = ReturnType<typeof operatorApis>;

/** A member's gateway key: an encrypted key file with its certificate, or a key in the signer. */
export type MemberKey =
  | {
      readonly kind: 'file';
      readonly keyFile: string;
      readonly certificateFile: string;
      readonly keyId: string;
    }
  | { readonly kind: 'signer'; readonly keyId: string };

/**
 * Registers a member with subsystems and certifies a fresh key for it: a local key file, or
 * (`keyIn: 'signer'`) a key generated in the signer's token.
 */
export async function registerMember(
  instance: TestInstance,
  apis: OperatorApis,
  member: string,
  subsystems: readonly string[],
  keyIn: MemberKey['kind'] = 'file',
): Promise<MemberKey> {
  const id = clientRef(member);
  await apis.registry.call('AddMember', { id, name: `Organisation ${member}` });
  for (const subsystem of subsystems) await apis.registry.call('AddSubsystem', { id: { ...id, subsystem } });
  if (keyIn === 'signer') {
    const { handle } = await apis.signer.call<{ handle: string }>('GenerateKey', {
      member: id,
      label: 'gateway',
    });
    const { csrPem } = await apis.signer.call<{ csrPem: string }>('CreateCsr', { handle });
    const issued = await apis.signer.call<{ keyId: string }>('IssueCertificate', {
      csrPem,
      validityDays: 30,
    });
    return { kind: 'signer', keyId: issued.keyId };
  }
  const keys = generateSigningKeyPair();
  const dir = join(instance.dir, 'gateways', member.replaceAll('/', '_'));
  mkdirSync(dir, { recursive: true });
  const keyFile = join(dir, 'signing.key.pem');
  writeKeyFile(keyFile, keys.privateKey, KEY_PASSPHRASE);
  const issued = await apis.signer.call<{ certificatePem: string; keyId: string }>('IssueCertificate', {
    csrPem: createCertificateRequest(
      { instance: id.instance, memberClass: id.memberClass, memberCode: id.memberCode },
      keys.privateKey,
    ),
    validityDays: 30,
  });
  const certificateFile = join(dir, 'signing.cert.pem');
  writeFileSync(certificateFile, issued.certificatePem);
  return { kind: 'file', keyFile, certificateFile, keyId: issued.keyId };
}

export interface GatewayOptions {
  readonly member: string;
  readonly key: MemberKey;
  /** GATEWAY_PROVIDERS, e.g. `brp=grpc://127.0.0.1:50061`. */
  readonly providers?: string;
  /** GATEWAY_API_TOKENS, e.g. `burgerzaken=<token>`. */
  readonly apiTokens?: string;
  readonly instanceId?: string;
  readonly env?: Record<string, string>;
  /** Ports to listen on (e.g. a restarted gateway's former ones); default free ones. */
  readonly ports?: { readonly grpc: number; readonly http: number };
}

export interface TestGateway {
  readonly process: ServiceProcess;
  readonly address: string;
  readonly httpPort: number;
  readonly env: Record<string, string>;
}

/** Starts one gateway process (not waiting for readiness: call process.ready()). */
export async function startGateway(instance: TestInstance, options: GatewayOptions): Promise<TestGateway> {
  const grpcPort = options.ports?.grpc ?? (await freePort());
  const httpPort = options.ports?.http ?? (await freePort());
  const env = {
    ...instance.kafkaEnv,
    SILD_ANCHOR_FILE: instance.anchorFile,
    GATEWAY_MEMBER: options.member,
    ...(options.key.kind === 'file'
      ? {
          GATEWAY_KEY_FILE: options.key.keyFile,
          GATEWAY_KEY_PASSPHRASE: KEY_PASSPHRASE,
          GATEWAY_CERTIFICATE_FILE: options.key.certificateFile,
        }
      : {
          GATEWAY_SIGNER_ADDRESS: instance.cliEnv()['SILD_SIGNER'] ?? '',
          GATEWAY_SIGNER_TOKEN: OPERATOR_TOKEN,
        }),
    GATEWAY_PROVIDERS: options.providers ?? '',
    GATEWAY_API_TOKENS: options.apiTokens ?? '',
    GRPC_HOST: '127.0.0.1',
    GRPC_PORT: String(grpcPort),
    HTTP_PORT: String(httpPort),
    ...(options.instanceId ? { GATEWAY_INSTANCE_ID: options.instanceId } : {}),
    ...options.env,
  };
  const process = startService(`gateway-${options.member}`, 'apps/gateway/src/main.ts', env);
  return { process, address: `127.0.0.1:${grpcPort}`, httpPort, env };
}

/** The Gateway API of one gateway, as an organisation's system uses it. */
export function gatewayApi(address: string, token: string): GrpcClient {
  return new GrpcClient(
    loadProtos(['sild/gateway/v1/gateway.proto'], [PROTO_ROOT]),
    'sild.gateway.v1.Gateway',
    address,
    { bearerToken: token, deadlineMs: 60_000 },
  );
}

/** The Events API of one gateway (publish, receive, follow, dead letters, replay). */
export function eventsApi(address: string, token: string): GrpcClient {
  return new GrpcClient(
    loadProtos(['sild/gateway/v1/events.proto'], [PROTO_ROOT]),
    'sild.gateway.v1.Events',
    address,
    { bearerToken: token, deadlineMs: 60_000 },
  );
}
