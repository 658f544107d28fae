import type { CookieOptions, Request, Response } from 'express';
import { ACCESS_TOKEN_TTL_SECONDS, REFRESH_TOKEN_TTL_DAYS } from './token.service';

export const ACCESS_COOKIE = 'helix_access';
export const REFRESH_COOKIE = 'helix_refresh';

/** The web client's session lives in httpOnly, SameSite cookies; scripts use the bearer token. */
export function setSessionCookies(response: Response, tokens: { accessToken: string; refreshToken: string }, secure: boolean): void {
  const base: CookieOptions = { httpOnly: true, secure, sameSite: 'lax' };
  response.cookie(ACCESS_COOKIE, tokens.accessToken, { ...base, path: '/', maxAge: ACCESS_TOKEN_TTL_SECONDS * 1000 });
  // Only the GraphQL endpoint ever needs the refresh token, and never from another site.
  response.cookie(REFRESH_COOKIE, tokens.refreshToken, { ...base, sameSite: 'strict', path: '/graphql', maxAge: REFRESH_TOKEN_TTL_DAYS * 86_400_000 });
}

export function clearSessionCookies(response: Response): void {
  response.clearCookie(ACCESS_COOKIE, { path: '/' });
  response.clearCookie(REFRESH_COOKIE, { path: '/graphql' });
}

export function readCookie(request: Request, name: string): string | undefined {
  const cookies = request.cookies as Record<string, unknown> | undefined;
  const value = cookies?.[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Bearer token first (API clients), then the web client's cookie. */
export function accessTokenOf(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  return readCookie(request, ACCESS_COOKIE);
}
