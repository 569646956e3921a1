import { resolve } from 'node:path';
import { GrpcClient, GrpcException, GrpcStatus, loadProtos } from '@sild/platform-grpc';
import type { MemberIdentity } from '@sild/platform-crypto';
import { certificateOf, memberOf, type ProtoObject } from '@sild/registry-config';
import {
  registrySnapshotOf,
  SignerErrorCode,
  SignerException,
  type RegistryRepository,
  type RegistrySnapshot,
} from '@sild/signer-domain';

export const REGISTRY_SERVICE = 'sild.registry.v1.Registry';

/** The Registry API's .proto files (the same path from the sources and from dist/). */
export const registryPackageDefinition = () =>
  loadProtos(['sild/registry/v1/registry.proto'], [resolve(import.meta.dirname, '../../../proto')]);

const list = (value: unknown): ProtoObject[] => (Array.isArray(value) ? (value as ProtoObject[]) : []);

/**
 * The registry through its gRPC API: membership and certificates from GetConfiguration (asked
 * per decision: certificate requests are rare), publication with RegisterCertificate. The
 * registry view (`@sild/registry-view`, the signed configuration topic) can replace the reads.
 */
export class GrpcRegistryRepository implements RegistryRepository {
  constructor(private readonly client: GrpcClient) {}

  /** `bearerToken`: the instance operator's token, which the registry's API requires. */
  static connect(address: string, bearerToken?: string): GrpcRegistryRepository {
    return new GrpcRegistryRepository(
      new GrpcClient(registryPackageDefinition(), REGISTRY_SERVICE, address, { bearerToken }),
    );
  }

  async snapshot(): Promise<RegistrySnapshot> {
    const configuration = await this.call<ProtoObject>('GetConfiguration', {});
    return registrySnapshotOf(
      list(configuration['members']).map(memberOf),
      list(configuration['certificates']).map(certificateOf),
    );
  }

  async registerCertificate(certificateDer: Uint8Array): Promise<void> {
    await this.call('RegisterCertificate', { certificateDer: Buffer.from(certificateDer) });
  }

  /** Makes the signer a member of its instance and publishes its certificate (both idempotent). */
  async registerIdentity(member: MemberIdentity, certificateDer: Uint8Array): Promise<void> {
    await this.ignoringExisting(() =>
      this.call('AddMember', { id: { ...member, subsystem: '' }, name: 'Sild signer' }),
    );
    await this.ignoringExisting(() => this.registerCertificate(certificateDer));
  }

  close(): void {
    this.client.close();
  }

  private async ignoringExisting(fn: () => Promise<unknown>): Promise<void> {
    try {
      await fn();
    } catch (error) {
      const cause = error instanceof SignerException ? error.cause : undefined;
      if (!(cause instanceof GrpcException && cause.status === GrpcStatus.ALREADY_EXISTS)) throw error;
    }
  }

  private async call<T>(method: string, request: unknown): Promise<T> {
    try {
      return await this.client.call<T>(method, request);
    } catch (error) {
      throw translated(method, error);
    }
  }
}

function translated(method: string, error: unknown): unknown {
  if (!(error instanceof GrpcException)) return error;
  const message = `${error.statusName}: registry ${method}: ${error.message}`;
  switch (error.status) {
    case GrpcStatus.NOT_FOUND:
      return new SignerException(SignerErrorCode.MEMBER_NOT_APPROVED, message, { cause: error });
    case GrpcStatus.UNAVAILABLE:
    case GrpcStatus.DEADLINE_EXCEEDED:
    case GrpcStatus.CANCELLED:
    case GrpcStatus.RESOURCE_EXHAUSTED:
    case GrpcStatus.INTERNAL:
    case GrpcStatus.UNKNOWN:
      return new SignerException(SignerErrorCode.REGISTRY_UNAVAILABLE, message, { cause: error });
    default:
      return new SignerException(SignerErrorCode.REGISTRY_REFUSED, message, { cause: error });
  }
}
