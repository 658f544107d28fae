/** E-mail addresses are compared trimmed and in lower case, so one person has one account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
