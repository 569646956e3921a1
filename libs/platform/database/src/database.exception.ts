export enum DatabaseErrorCode {
  /** The database did not answer (ping, connect). */
  UNAVAILABLE = 'UNAVAILABLE',
  /** The database (or a transaction's client) was used after it was closed. */
  CLOSED = 'CLOSED',
  /** COMMIT turned into a rollback because a statement of the transaction had failed. */
  TRANSACTION_ABORTED = 'TRANSACTION_ABORTED',
  /** The migrations directory is missing or a file in it is not named NNNN_name.sql. */
  INVALID_MIGRATIONS = 'INVALID_MIGRATIONS',
  /** An applied migration file was edited after it ran. */
  MIGRATION_CHECKSUM_MISMATCH = 'MIGRATION_CHECKSUM_MISMATCH',
  /** An applied migration file is no longer in the directory. */
  MIGRATION_MISSING = 'MIGRATION_MISSING',
  /** A pending migration sorts before one that is already applied. */
  MIGRATION_OUT_OF_ORDER = 'MIGRATION_OUT_OF_ORDER',
  /** A migration's SQL failed; it was rolled back. */
  MIGRATION_FAILED = 'MIGRATION_FAILED',
  /** An advisory lock key that is not a 64-bit integer. */
  INVALID_LOCK_KEY = 'INVALID_LOCK_KEY',
}

export class DatabaseException extends Error {
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseException';
  }
}
