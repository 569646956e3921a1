/** How the signer decided on one certificate request from the bus. */
export interface RequestRecord {
  /** Lower-case hex SHA-256 of the envelope bytes as received (a redelivery has the same). */
  readonly digest: string;
  readonly messageId: string;
  /** `INSTANCE/CLASS/CODE[/SUBSYSTEM]` as claimed in the header (verified when `outcome` is ISSUED). */
  readonly sender: string;
  readonly outcome: 'ISSUED' | 'REFUSED';
  /** For REFUSED: the trust failure or signer error code, e.g. CERT_REVOKED. */
  readonly code: string;
  readonly message: string;
  /** For ISSUED: key id (hex) of the new certificate. */
  readonly keyId: string;
  readonly at: string;
  /** The signed answer (base64 envelope) and where it went; empty when none was sent. */
  readonly reply: { readonly topic: string; readonly envelope: string } | null;
  /** Sender and message id of a verified request (replay protection across restarts). */
  readonly replayKey: string | null;
}

/** Durable record of decided requests: idempotency per message and the audit trail (I/O port). */
export interface RequestLogRepository {
  /** The record of the envelope with this digest, if it was decided before. */
  find(digest: string): Promise<RequestRecord | undefined>;
  /** True when a verified request with this replay key was decided before. */
  hasReplayKey(replayKey: string): Promise<boolean>;
  /** Stores a decision durably; resolves once it is stored. */
  record(record: RequestRecord): Promise<void>;
}

/** A request log in memory (tests, and a base for file-backed logs). */
export class InMemoryRequestLogRepository implements RequestLogRepository {
  protected readonly byDigest = new Map<string, RequestRecord>();
  protected readonly replayKeys = new Set<string>();

  get records(): RequestRecord[] {
    return [...this.byDigest.values()];
  }

  find(digest: string): Promise<RequestRecord | undefined> {
    return Promise.resolve(this.byDigest.get(digest));
  }

  hasReplayKey(replayKey: string): Promise<boolean> {
    return Promise.resolve(this.replayKeys.has(replayKey));
  }

  record(record: RequestRecord): Promise<void> {
    this.remember(record);
    return Promise.resolve();
  }

  protected remember(record: RequestRecord): void {
    this.byDigest.set(record.digest, record);
    if (record.replayKey !== null) this.replayKeys.add(record.replayKey);
  }
}
