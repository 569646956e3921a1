// The audit log's PostgreSQL storage (migrations in ../migrations, component `audit`).
export { AUDIT_MIGRATIONS, SqlAuditLogRepository } from './sql-audit-log.repository';
export { SqlWriterLock, writerLockKey } from './sql-writer-lock';
export { SqlAuditQueryRepository } from './sql-audit-queries.repository';
