import { Reason } from '@sild/contracts';
import type { VerifiedEnvelope } from '@sild/domain-envelope';
import { failure, type GatewayException } from './gateway.exception';

/** What a valid answer to a request must show. */
export interface ReplyExpectation {
  /** SHA-256 of the request's header bytes as sent. */
  readonly requestHash: Uint8Array;
  /** The provider member (instance, class, code) the answer must be signed by. */
  readonly provider: { readonly instance: string; readonly memberClass: string; readonly memberCode: string };
}

interface Waiter {
  readonly expectation: ReplyExpectation;
  readonly resolve: (reply: VerifiedEnvelope) => void;
  readonly reject: (error: GatewayException) => void;
  readonly timer: NodeJS.Timeout;
}

/** Calls waiting for their answer, by request message id; every wait ends by its deadline. */
export class PendingReplies {
  private readonly waiting = new Map<string, Waiter>();

  /** Registers the wait before the request is sent, so that no answer can come too early. */
  expect(messageId: string, expectation: ReplyExpectation, timeoutMs: number): Promise<VerifiedEnvelope> {
    return new Promise<VerifiedEnvelope>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(messageId);
        reject(failure(Reason.REASON_TIMEOUT, `no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(messageId, { expectation, resolve, reject, timer });
    });
  }

  expectation(messageId: string): ReplyExpectation | undefined {
    return this.waiting.get(messageId)?.expectation;
  }

  resolve(messageId: string, reply: VerifiedEnvelope): boolean {
    return this.settle(messageId, (waiter) => {
      waiter.resolve(reply);
    });
  }

  reject(messageId: string, error: GatewayException): boolean {
    return this.settle(messageId, (waiter) => {
      waiter.reject(error);
    });
  }

  get size(): number {
    return this.waiting.size;
  }

  /** Ends every wait (shutdown): callers get the error instead of hanging. */
  rejectAll(error: GatewayException): void {
    for (const id of [...this.waiting.keys()]) this.reject(id, error);
  }

  private settle(messageId: string, action: (waiter: Waiter) => void): boolean {
    const waiter = this.waiting.get(messageId);
    if (!waiter) return false;
    this.waiting.delete(messageId);
    clearTimeout(waiter.timer);
    action(waiter);
    return true;
  }
}
