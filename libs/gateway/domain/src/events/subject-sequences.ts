/** Where a publishing gateway learns the last sequence per subject of an event type (its topic). */
export interface SequenceSource {
  /** Highest `subject_sequence` per subject key published so far for the event type. */
  restore(eventType: string): Promise<Map<string, number>>;
}

/**
 * Numbers each subject's events of an event type 1, 2, 3, ... A subject's publications run one
 * after another (so they also reach Kafka in order); a number is used only when its publication
 * succeeded, so a failed publish leaves no gap. The counters of an event type are restored from
 * its topic on first use. One gateway process publishes an event type at a time (docs/events.md).
 */
export class SubjectSequences {
  private readonly counters = new Map<string, Promise<Map<string, number>>>();
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(private readonly source: SequenceSource) {}

  /** Runs `publish` with the subject's next sequence number, after its earlier publications. */
  async withNext<T>(
    eventType: string,
    subjectKey: string,
    publish: (sequence: number) => Promise<T>,
  ): Promise<T> {
    const counters = await this.countersOf(eventType);
    const slot = `${eventType}\n${subjectKey}`;
    const previous = this.tails.get(slot) ?? Promise.resolve();
    const run = previous.then(async () => {
      const sequence = (counters.get(subjectKey) ?? 0) + 1;
      const result = await publish(sequence);
      counters.set(subjectKey, sequence);
      return result;
    });
    const tail = run.catch(() => undefined);
    this.tails.set(slot, tail);
    void tail.then(() => {
      if (this.tails.get(slot) === tail) this.tails.delete(slot);
    });
    return run;
  }

  /**
   * Restores an event type's counters ahead of its first publication (which would otherwise wait
   * for it); resolves once they are ready. A failed restore is tried again on first use.
   */
  async prepare(eventType: string): Promise<void> {
    await this.countersOf(eventType);
  }

  private countersOf(eventType: string): Promise<Map<string, number>> {
    let counters = this.counters.get(eventType);
    if (!counters) {
      counters = this.source.restore(eventType);
      this.counters.set(eventType, counters);
      // a failed restore is tried again by the next publication
      counters.catch(() => this.counters.delete(eventType));
    }
    return counters;
  }
}
