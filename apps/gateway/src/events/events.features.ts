import type { GatewayCore, GatewayFeature } from '../gateway-feature';
import { deliveryFeature } from './delivery/delivery.feature';
import { publishingFeature } from './publishing/publishing.feature';

/** The gateway's event capabilities, in start order. */
export const gatewayFeatures = (core: GatewayCore): GatewayFeature[] => [
  publishingFeature(core),
  deliveryFeature(core),
];
