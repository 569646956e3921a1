import type { Logger } from '@sild/platform-logging';
import type { TopicRead, TopicReader } from '@sild/platform-kafka';
import type { FollowIntakeService } from '@sild/router-domain';

const SETTLE_EVERY_MS = 5_000;

/**
 * Reads the whole compacted follows topic into the follow index and keeps following it: every
 * router replica needs every indication, so each reads with a consumer group of its own (deleted
 * when it stops). start() resolves once the topic has been read to the end it had at the start.
 */
export class FollowsReader {
  private read: TopicRead | undefined;
  private timer: NodeJS.Timeout | undefined;
  private caught = false;

  constructor(
    private readonly reader: TopicReader,
    private readonly topic: string,
    private readonly groupPrefix: string,
    private readonly intake: FollowIntakeService,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const started = performance.now();
    this.read = await this.reader.read(
      this.topic,
      { groupPrefix: this.groupPrefix, mode: 'follow' },
      (message) => this.intake.handle(message),
    );
    // indications waiting for a subscription the view does not know yet time out even when quiet
    this.timer = setInterval(() => void this.settle(), SETTLE_EVERY_MS);
    this.timer.unref();
    await this.read.caughtUp;
    this.caught = true;
    this.logger.info(
      { indications: this.read.handled(), ms: Math.round(performance.now() - started) },
      'follows topic read',
    );
  }

  /** Whether the topic has been read to the end it had when the reader started. */
  get caughtUp(): boolean {
    return this.caught;
  }

  get handled(): number {
    return this.read?.handled() ?? 0;
  }

  async settle(): Promise<void> {
    try {
      await this.intake.settle();
    } catch (error) {
      this.logger.warn({ err: error }, 'follow indications not settled; trying again later');
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.caught = false;
    await this.read?.stop();
  }
}
