import type { BackendCall, GatewayDirectory } from '@sild/gateway-domain';
import type { RegistryView } from '@sild/registry-view';

/** The gateway's registry questions, answered from the in-memory registry view. */
export class ViewDirectory implements GatewayDirectory {
  constructor(private readonly view: RegistryView) {}

  hasService(service: BackendCall['service']): boolean {
    return this.view.service(service) !== undefined;
  }

  activeGrantId(client: BackendCall['client'], service: BackendCall['service']): string | undefined {
    return this.view.activeGrant(client, service)?.id;
  }
}
