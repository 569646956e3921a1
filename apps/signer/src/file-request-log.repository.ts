import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InMemoryRequestLogRepository, type RequestRecord } from '@sild/signer-domain';

/**
 * The request log as a JSON-lines file: one decision per line, appended and synced to disk
 * before the answer is sent (so a redelivered request gets the same answer after a restart).
 * Read whole at start; certificate requests are few.
 */
export class FileRequestLogRepository extends InMemoryRequestLogRepository {
  private constructor(private readonly file: FileHandle) {
    super();
  }

  static async open(path: string): Promise<FileRequestLogRepository> {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const lines = existsSync(path) ? readFileSync(path, 'utf8').split('\n') : [];
    const log = new FileRequestLogRepository(await open(path, 'a', 0o600));
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        log.remember(JSON.parse(line) as RequestRecord);
      } catch {
        // a line torn by a crash mid-write: its request was not answered and will be decided again
      }
    }
    return log;
  }

  override async record(record: RequestRecord): Promise<void> {
    await this.file.appendFile(`${JSON.stringify(record)}\n`);
    await this.file.datasync();
    this.remember(record);
  }

  async close(): Promise<void> {
    await this.file.close();
  }
}
