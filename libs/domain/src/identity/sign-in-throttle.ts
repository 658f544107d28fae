/**
 * Sign-in throttling, per account and per address: a few free failures, then a wait that doubles
 * with each further failure, capped. Failures older than the window, or before the last success,
 * do not count.
 */
export interface ThrottlePolicy {
  freeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  windowMinutes: number;
}

export const ACCOUNT_THROTTLE: ThrottlePolicy = { freeFailures: 5, baseDelaySeconds: 30, maxDelaySeconds: 15 * 60, windowMinutes: 15 };
export const ADDRESS_THROTTLE: ThrottlePolicy = { freeFailures: 20, baseDelaySeconds: 30, maxDelaySeconds: 15 * 60, windowMinutes: 15 };

/** Seconds to wait before the next attempt is allowed (0 = go ahead). */
export function throttleWait(failures: number, lastFailureAt: Date | null, now: Date, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures || !lastFailureAt) return 0;
  const exponent = failures - policy.freeFailures;
  const delay = Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** Math.min(exponent, 20));
  const elapsed = (now.getTime() - lastFailureAt.getTime()) / 1000;
  return Math.max(0, Math.ceil(delay - elapsed));
}
