import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '@api/core/config/config';
import { APP_CONFIG } from '@api/core/config/config.module';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_DAYS = 30;

export interface AccessClaims {
  sub: string;
  sid: string;
}

/** Short-lived signed access tokens; opaque random secrets (stored only as hashes) for the rest. */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.jwt = new JwtService({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256', expiresIn: ACCESS_TOKEN_TTL_SECONDS, issuer: 'helix' } });
  }

  signAccess(claims: AccessClaims): { token: string; expiresAt: Date } {
    const token = this.jwt.sign({ sid: claims.sid }, { subject: claims.sub });
    return { token, expiresAt: new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000) };
  }

  /** The claims of a valid, unexpired token, or undefined. */
  verifyAccess(token: string): AccessClaims | undefined {
    try {
      const payload = this.jwt.verify<{ sub?: unknown; sid?: unknown }>(token, { algorithms: ['HS256'], issuer: 'helix' });
      return typeof payload.sub === 'string' && typeof payload.sid === 'string' ? { sub: payload.sub, sid: payload.sid } : undefined;
    } catch {
      return undefined;
    }
  }

  /** A fresh secret for a link or a refresh token, and the hash that is stored. */
  newSecret(): { secret: string; hash: string } {
    const secret = randomBytes(32).toString('base64url');
    return { secret, hash: hashSecret(secret) };
  }
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
