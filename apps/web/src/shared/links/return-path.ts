/**
 * A return path taken from the address (`?returnTo=`) is untrusted: only a path on this site
 * ("/…", not "//host" or "/\host", which browsers read as another site) is followed.
 */
export function safeReturnPath(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  try {
    const url = new URL(value, 'http://helix.invalid');
    if (url.origin !== 'http://helix.invalid') return undefined;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return undefined;
  }
}

/** An address of this site with `?returnTo=` (and any other parameters) added. */
export function withReturnTo(path: string, returnTo: string | undefined, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  if (returnTo && returnTo !== '/') params.set('returnTo', returnTo);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
