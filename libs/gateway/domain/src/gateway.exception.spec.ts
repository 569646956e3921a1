import { describe, expect, it } from 'vitest';
import { Reason } from '@sild/contracts';
import { TrustException, TrustFailure } from '@sild/domain-envelope';
import { asGatewayException, failure, GatewayException, reasonName } from './index';

describe('GatewayException', () => {
  it.each([
    [Reason.REASON_PROVIDER_UNAVAILABLE, true],
    [Reason.REASON_TIMEOUT, true],
    [Reason.REASON_RATE_LIMITED, true],
    [Reason.REASON_INTERNAL, true],
    [Reason.REASON_ACCESS_DENIED, false],
    [Reason.REASON_UNKNOWN_SERVICE, false],
  ])('failure(%s) is retryable: %s', (reason, retryable) => {
    expect(failure(reason, 'why')).toMatchObject({ reason, retryable, message: 'why' });
  });

  it('keeps a GatewayException as it is', () => {
    const error = failure(Reason.REASON_NOT_FOUND, 'no such person');
    expect(asGatewayException(error)).toBe(error);
  });

  it('keeps the reason of a trust failure, not retryable', () => {
    const converted = asGatewayException(new TrustException(TrustFailure.REPLAYED, 'seen before'));
    expect(converted).toBeInstanceOf(GatewayException);
    expect(converted).toMatchObject({ reason: Reason.REASON_REPLAYED, retryable: false });
    expect(converted.message).toContain('seen before');
  });

  it('turns anything else into INTERNAL without its message, keeping it as the cause', () => {
    const cause = new Error('secret connection string');
    const converted = asGatewayException(cause);
    expect(converted).toMatchObject({ reason: Reason.REASON_INTERNAL, retryable: true, cause });
    expect(converted.message).toBe('internal gateway error');
    expect(asGatewayException('text').reason).toBe(Reason.REASON_INTERNAL);
  });

  it('names reasons', () => {
    expect(reasonName(Reason.REASON_ACCESS_DENIED)).toBe('REASON_ACCESS_DENIED');
  });
});
