import { expiresAfter, INVITATION_TTL_DAYS, invitationStatus } from './invitation';
import { checkPassword } from './password-policy';
import { ACCOUNT_THROTTLE, throttleWait } from './sign-in-throttle';

describe('checkPassword', () => {
  it.each([
    ['short', 'TOO_SHORT'],
    ['123456789', 'TOO_SHORT'],
    ['password123', 'TOO_COMMON'],
    ['Password123!', 'TOO_COMMON'],
    ['MatKhau1234', 'TOO_COMMON'],
    ['qwertyuiop', 'TOO_COMMON'],
    ['x'.repeat(201), 'TOO_LONG'],
  ])('refuses %p (%s)', (password, problem) => {
    expect(checkPassword(password)).toBe(problem);
  });

  it.each(['correct horse battery', 'Thành phố 2026 xanh', 'HelixDemo#2026'])('accepts %p', (password) => {
    expect(checkPassword(password)).toBeUndefined();
  });

  it('counts characters, not bytes', () => {
    expect(checkPassword('đường phố')).toBe('TOO_SHORT');
  });
});

describe('invitationStatus', () => {
  const created = new Date('2026-11-01T10:00:00Z');
  const expiresAt = expiresAfter(created, INVITATION_TTL_DAYS);

  it('expires exactly seven days later', () => {
    expect(expiresAt.toISOString()).toBe('2026-11-08T10:00:00.000Z');
    expect(invitationStatus({ expiresAt, acceptedAt: null, revokedAt: null }, new Date('2026-11-08T09:59:59Z'))).toBe('PENDING');
    expect(invitationStatus({ expiresAt, acceptedAt: null, revokedAt: null }, new Date('2026-11-08T10:00:00Z'))).toBe('EXPIRED');
  });

  it('is accepted or revoked whatever the clock says', () => {
    expect(invitationStatus({ expiresAt, acceptedAt: created, revokedAt: null }, new Date('2027-01-01'))).toBe('ACCEPTED');
    expect(invitationStatus({ expiresAt, acceptedAt: null, revokedAt: created }, created)).toBe('REVOKED');
  });
});

describe('throttleWait', () => {
  const now = new Date('2026-11-29T12:00:00Z');
  const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);

  it('lets the first failures through', () => {
    expect(throttleWait(4, secondsAgo(0), now, ACCOUNT_THROTTLE)).toBe(0);
  });

  it('waits 30 s after the fifth failure, doubling after each further one, capped at 15 minutes', () => {
    expect(throttleWait(5, secondsAgo(0), now, ACCOUNT_THROTTLE)).toBe(30);
    expect(throttleWait(6, secondsAgo(0), now, ACCOUNT_THROTTLE)).toBe(60);
    expect(throttleWait(10, secondsAgo(0), now, ACCOUNT_THROTTLE)).toBe(900);
    expect(throttleWait(40, secondsAgo(0), now, ACCOUNT_THROTTLE)).toBe(900);
  });

  it('counts down from the last failure', () => {
    expect(throttleWait(5, secondsAgo(20), now, ACCOUNT_THROTTLE)).toBe(10);
    expect(throttleWait(5, secondsAgo(31), now, ACCOUNT_THROTTLE)).toBe(0);
  });
});
