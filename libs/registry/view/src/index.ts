// The registry's configuration in memory, read from the signed compacted topic (docs/registry-view.md).
export { canonicalState, STATE_ORDER } from './canonical-state';
export type { ConfigFeed, ConfigFeedMessage } from './config-feed.repository';
export type { ViewChange } from './config-ingest.service';
export { ConfigRecordVerifier, type VerifiedConfigPayload } from './config-record-verifier.service';
export { KafkaConfigFeed, type ConfigTopics } from './kafka-config-feed.repository';
export {
  RecordRefusedException,
  RefusalReason,
  RegistryViewErrorCode,
  RegistryViewException,
} from './registry-view.exception';
export { registryViewReadiness, type ViewReadinessOptions } from './registry-view.readiness';
export type { Freshness, RegistryViewOptions } from './registry-view.options';
export { RegistryView } from './registry-view.service';
export { ViewCertificateDirectory } from './view-certificate-directory';
