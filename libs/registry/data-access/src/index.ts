export { SqlConfigOutboxRepository, type OutboxEntry } from './sql-config-outbox.repository';
export { REGISTRY_MIGRATIONS, SqlRegistryRepository } from './sql-registry.repository';
