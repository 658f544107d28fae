import { createHash } from 'node:crypto';
import { canonicalJson } from '@helix/domain';

/** SHA-256 (hex) of the canonical JSON: what a frozen submission or an agreement version is known by. */
export function contentHash(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}
