// The log's Ed25519 key: read from AUDIT_LOG_KEY_FILE, or created there on first start (mode
// 0600, never overwritten) so a new log can sign at once; back it up with the database.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateNoteSigner, noteSignerFromPem, privateKeyPem, type NoteSigner } from '@sild/audit-proofs';
import type { Logger } from '@sild/platform-logging';

/** Where the key lives: the configured file, else `<dataDir>/audit-log.key.pem`. */
export const logKeyPath = (keyFile: string, dataDir: string): string =>
  keyFile === '' ? join(dataDir, 'audit-log.key.pem') : keyFile;

export function loadLogKey(path: string, origin: string, logger: Logger): NoteSigner {
  if (!existsSync(path)) {
    const created = generateNoteSigner(origin);
    mkdirSync(dirname(path), { recursive: true });
    try {
      writeFileSync(path, privateKeyPem(created), { mode: 0o600, flag: 'wx' });
      logger.warn({ path }, 'created a new audit log key: keep it as safe as the log itself');
      return created;
    } catch (error) {
      // another replica created it meanwhile: use that one
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return noteSignerFromPem(origin, readFileSync(path, 'utf8'));
}
