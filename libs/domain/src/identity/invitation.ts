/** An invitation link works for seven days, once (PRODUCT.md: an invitation expires). */
export const INVITATION_TTL_DAYS = 7;
/** A password-reset link works for one hour, once. */
export const PASSWORD_RESET_TTL_MINUTES = 60;

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';

export interface InvitationFacts {
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

/** Expiry is decided by the clock when asked, never by a job having run. */
export function invitationStatus(invitation: InvitationFacts, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'ACCEPTED';
  if (invitation.revokedAt) return 'REVOKED';
  return now.getTime() >= invitation.expiresAt.getTime() ? 'EXPIRED' : 'PENDING';
}

export function expiresAfter(from: Date, days: number): Date {
  return new Date(from.getTime() + days * 24 * 60 * 60 * 1000);
}
