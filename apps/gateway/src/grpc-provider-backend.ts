import { PayloadEncoding, Reason } from '@sild/contracts';
import type { BackendAnswer, BackendCall, ProviderBackend } from '@sild/gateway-domain';
import { GrpcClient } from '@sild/platform-grpc';
import { BACKEND_SERVICE, encodingOf, gatewayPackageDefinition, reasonFromName } from './gateway-protos';

interface BackendResponseObject {
  payload?: Buffer;
  payloadType?: string;
  payloadEncoding?: string;
  error?: { reason?: string; message?: string } | null;
}

/** A provider system implementing sild.gateway.v1.ProviderBackend over gRPC. */
export class GrpcProviderBackend implements ProviderBackend {
  private readonly client: GrpcClient;

  constructor(address: string, options: { readonly timeoutMs: number; readonly token: string }) {
    this.client = new GrpcClient(gatewayPackageDefinition(), BACKEND_SERVICE, address, {
      deadlineMs: options.timeoutMs,
      bearerToken: options.token || undefined,
    });
  }

  async handle(call: BackendCall): Promise<BackendAnswer> {
    const { traceparent, payloadEncoding, ...fields } = call;
    const response = await this.client.call<BackendResponseObject>(
      'Handle',
      { ...fields, payload: Buffer.from(call.payload), payloadEncoding: PayloadEncoding[payloadEncoding] },
      traceparent ? { traceparent } : {},
    );
    if (response.error) {
      return {
        error: {
          reason: reasonFromName(response.error.reason) || Reason.REASON_PROVIDER_UNAVAILABLE,
          message: response.error.message ?? '',
        },
      };
    }
    return {
      payload: response.payload ?? Buffer.alloc(0),
      payloadType: response.payloadType ?? '',
      payloadEncoding: encodingOf(response.payloadEncoding),
    };
  }

  close(): void {
    this.client.close();
  }
}
