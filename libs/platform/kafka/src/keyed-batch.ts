/** What a keyed run of a batch achieved. */
export interface KeyedBatchResult {
  /** Leading messages (in offset order) that were all handled: the committable prefix. */
  readonly handled: number;
  /** The first failure, when a message's handling failed (its key's later messages were skipped). */
  readonly failure?: { readonly error: unknown };
}

/**
 * Handles a batch's messages by key: one key's messages one after another in offset order,
 * up to `width` keys at a time. Messages without a key stand alone. After a failure, or once
 * `stopped()` says so, no new message starts; those running finish.
 */
export async function handleByKey<M>(
  messages: readonly M[],
  keyOf: (message: M) => string | undefined,
  width: number,
  handle: (message: M) => Promise<void>,
  stopped: () => boolean,
): Promise<KeyedBatchResult> {
  const groups: number[][] = [];
  const byKey = new Map<string, number[]>();
  messages.forEach((message, index) => {
    const key = keyOf(message);
    const group = key === undefined ? undefined : byKey.get(key);
    if (group) {
      group.push(index);
      return;
    }
    const created = [index];
    groups.push(created);
    if (key !== undefined) byKey.set(key, created);
  });
  const done = new Array<boolean>(messages.length).fill(false);
  let failure: { error: unknown } | undefined;
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let group = groups[next++]; group !== undefined; group = groups[next++]) {
      for (const index of group) {
        if (failure || stopped()) return;
        try {
          await handle(messages[index] as M);
          done[index] = true;
        } catch (error) {
          failure ??= { error };
          return;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, groups.length)) }, worker));
  const handled = done.indexOf(false);
  return {
    handled: handled === -1 ? messages.length : handled,
    ...(failure ? { failure } : {}),
  };
}
