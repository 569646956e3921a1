export { OPERATOR, actorText, type Actor } from './actor';
export type * from './registry.inputs';
export type { ManagementRecord, RegistryRepository, RegistryUnitOfWork } from './registry.repository';
export { RegistryService } from './registry.service';
export {
  ManagementService,
  MANAGEMENT_REQUEST_TYPE,
  MANAGEMENT_RESPONSE_TYPE,
  ERROR_TYPE,
  senderOf,
  type ManagementOutcome,
} from './management.service';
export { registryReason, refusalOf, reasonName } from './management-reasons';
