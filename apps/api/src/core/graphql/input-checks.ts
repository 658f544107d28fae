import { checkPassword, isLocale, type Locale, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@helix/domain';
import { AppError } from './app-error';

/** Input checks shared by services; each failure is BAD_USER_INPUT naming the field. */
export function requiredText(value: string | null | undefined, field: string, max: number): string {
  const text = value?.trim() ?? '';
  if (!text) throw AppError.badInput(field, 'REQUIRED');
  if (text.length > max) throw AppError.badInput(field, 'TOO_LONG', { max });
  return text;
}

export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) throw AppError.badInput(field, 'TOO_LONG', { max });
  return text || null;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

export function validEmail(value: string | null | undefined, field = 'email'): string {
  const email = value?.trim().toLowerCase() ?? '';
  if (!email) throw AppError.badInput(field, 'REQUIRED');
  if (email.length > 254 || !EMAIL.test(email)) throw AppError.badInput(field, 'INVALID_EMAIL');
  return email;
}

export function acceptablePassword(password: string, field: string): string {
  const problem = checkPassword(password ?? '');
  if (problem === 'TOO_SHORT') throw AppError.badInput(field, 'PASSWORD_TOO_SHORT', { min: PASSWORD_MIN_LENGTH });
  if (problem === 'TOO_LONG') throw AppError.badInput(field, 'PASSWORD_TOO_LONG', { max: PASSWORD_MAX_LENGTH });
  if (problem === 'TOO_COMMON') throw AppError.badInput(field, 'PASSWORD_TOO_COMMON');
  return password;
}

export function validLocale(value: string | null | undefined, field: string): Locale | undefined {
  if (value === null || value === undefined) return undefined;
  if (!isLocale(value)) throw AppError.badInput(field, 'INVALID_LOCALE');
  return value;
}

export function optionalUrl(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 500);
  if (!text) return null;
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString();
  } catch {
    // refused below
  }
  throw AppError.badInput(field, 'INVALID_URL');
}
