/**
 * Organisations type their own website, so the value is untrusted: only absolute http(s) URLs
 * become links (never `javascript:` or `data:`). Returns the href and a short label without the
 * scheme, or undefined when the value is not a usable web address.
 */
export function externalLink(value: string | null | undefined): { href: string; label: string } | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const path = url.pathname === '/' ? '' : url.pathname;
  return { href: url.href, label: `${url.host}${path}` };
}
