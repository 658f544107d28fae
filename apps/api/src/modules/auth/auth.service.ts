import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import { ACCOUNT_THROTTLE, ADDRESS_THROTTLE, normaliseEmail, PASSWORD_RESET_TTL_MINUTES, throttleWait } from '@helix/domain';
import { ActorService } from '@api/core/auth/actor.service';
import { hashSecret, REFRESH_TOKEN_TTL_DAYS, TokenService } from '@api/core/auth/token.service';
import type { RequestStore } from '@api/core/context/request-context';
import { DatabaseService } from '@api/core/database/database.service';
import { AppError } from '@api/core/graphql/app-error';
import { acceptablePassword } from '@api/core/graphql/input-checks';
import { MailService } from '@api/modules/mail/mail.service';
import { hashPassword, verifyPassword } from '@api/modules/users/password-hasher';
import { User } from '@api/modules/users/user.entity';
import { type NewUser, UsersService } from '@api/modules/users/users.service';

export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  userId: string;
  sessionId: string;
}

/** Spent on unknown addresses too, so timing does not tell which e-mails have accounts. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,p=1,t=2$z+8opjpvhsZrbWSAHSGUJA$sUKKfEgcXODyrdy7NlaNKLAOWrh3SEUu9c7FE5ctf5g';

/**
 * Accounts and sessions. Credentials, sessions and throttling are platform work: they run in
 * transactions of their own as the owning role, so a failed sign-in is still counted even though
 * the request itself fails.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly db: DatabaseService,
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly actors: ActorService,
    private readonly mail: MailService,
    private readonly cls: ClsService<RequestStore>,
  ) {}

  async signUp(input: NewUser): Promise<IssuedSession> {
    const user = await this.db.asSystem({}, () => this.users.create(input));
    return this.openSession(user.id);
  }

  async signIn(email: string, password: string): Promise<IssuedSession> {
    const address = normaliseEmail(email ?? '').slice(0, 254);
    const ip = this.cls.get('clientAddress');
    const wait = await this.db.runAsSystem((manager) => this.throttle(manager, address, ip));
    if (wait > 0) throw new AppError('RATE_LIMITED', 'RATE_LIMITED', { seconds: wait });
    const user = await this.db.runAsSystem((manager) =>
      manager.getRepository(User).createQueryBuilder('user').addSelect('user.passwordHash').where('user.email = :address', { address }).getOne(),
    );
    const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password ?? '').catch(() => false);
    const succeeded = Boolean(user) && valid;
    await this.db.runAsSystem((manager) =>
      manager.query(`INSERT INTO sign_in_attempts (email, ip, succeeded) VALUES ($1, $2, $3)`, [address, ip, succeeded]),
    );
    if (!succeeded || !user) throw new AppError('UNAUTHENTICATED', 'INVALID_CREDENTIALS');
    return this.openSession(user.id);
  }

  /**
   * Rotates a refresh token. Presenting a token that was already rotated means it was copied: the
   * whole session is revoked, for the thief and the owner alike.
   */
  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    if (!refreshToken) throw new AppError('UNAUTHENTICATED', 'SESSION_EXPIRED');
    const outcome = await this.db.runAsSystem(async (manager) => {
      const [token] = (await manager.query(
        `SELECT t.id, t.session_id, t.used_at, t.expires_at <= now() AS expired, s.user_id, s.revoked_at IS NOT NULL OR s.expires_at <= now() AS dead
           FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id WHERE t.token_hash = $1 FOR UPDATE OF t`,
        [hashSecret(refreshToken)],
      )) as { id: string; session_id: string; used_at: Date | null; expired: boolean; user_id: string; dead: boolean }[];
      if (!token || token.expired || token.dead) return undefined;
      if (token.used_at) {
        await manager.query(`UPDATE sessions SET revoked_at = now(), revoked_reason = 'REFRESH_TOKEN_REUSED' WHERE id = $1`, [token.session_id]);
        return undefined;
      }
      await manager.query(`UPDATE refresh_tokens SET used_at = now() WHERE id = $1`, [token.id]);
      await manager.query(`UPDATE sessions SET last_used_at = now() WHERE id = $1`, [token.session_id]);
      return { userId: token.user_id, sessionId: token.session_id, refresh: await this.newRefreshToken(manager, token.session_id) };
    });
    if (!outcome) throw new AppError('UNAUTHENTICATED', 'SESSION_EXPIRED');
    await this.actors.reset(outcome.userId, outcome.sessionId);
    const access = this.tokens.signAccess({ sub: outcome.userId, sid: outcome.sessionId });
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: outcome.refresh, ...outcome };
  }

  async signOut(): Promise<boolean> {
    const actor = await this.actors.current();
    if (actor) {
      const manager = await this.db.manager();
      await manager.query(`UPDATE sessions SET revoked_at = now(), revoked_reason = 'SIGNED_OUT' WHERE id = $1 AND revoked_at IS NULL`, [actor.sessionId]);
    }
    await this.actors.reset();
    return true;
  }

  /** Always succeeds, so the answer does not reveal which addresses have accounts. */
  async requestPasswordReset(email: string): Promise<boolean> {
    const address = normaliseEmail(email ?? '');
    await this.db.asSystem({}, async () => {
      const user = await this.users.findByEmail(address);
      if (!user) return;
      const manager = await this.db.manager();
      const { secret, hash } = this.tokens.newSecret();
      await manager.query(
        `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))`,
        [user.id, hash, PASSWORD_RESET_TTL_MINUTES],
      );
      await this.mail.enqueue('passwordReset', user.email, user.locale, {
        fullName: user.fullName,
        link: this.mail.link(`/reset-password?token=${encodeURIComponent(secret)}`),
      });
    });
    return true;
  }

  /** Sets a new password from a reset link (once, within the hour) and ends every session. */
  async resetPassword(token: string, password: string): Promise<boolean> {
    const applied = await this.db.runAsSystem(async (manager) => {
      const [row] = (await manager.query(
        `SELECT r.id, r.user_id, u.email FROM password_reset_tokens r JOIN users u ON u.id = r.user_id
          WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > now() FOR UPDATE OF r`,
        [hashSecret(token ?? '')],
      )) as { id: string; user_id: string; email: string }[];
      if (!row) return false;
      acceptablePassword(password, 'input.password');
      await manager.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [row.user_id]);
      await manager.getRepository(User).update(row.user_id, { passwordHash: await hashPassword(password) });
      await manager.query(`UPDATE sessions SET revoked_at = now(), revoked_reason = 'PASSWORD_RESET' WHERE user_id = $1 AND revoked_at IS NULL`, [row.user_id]);
      return true;
    });
    if (!applied) throw AppError.badInput('input.token', 'RESET_TOKEN_INVALID');
    return true;
  }

  /** Changes the password with the current one; other sessions end, this one stays. */
  async changePassword(currentPassword: string, newPassword: string): Promise<boolean> {
    const actor = await this.actors.require();
    const manager = await this.db.manager();
    const user = await manager.getRepository(User).createQueryBuilder('user').addSelect('user.passwordHash').where('user.id = :id', { id: actor.userId }).getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, currentPassword ?? '').catch(() => false))) throw AppError.badInput('input.currentPassword', 'WRONG_PASSWORD');
    acceptablePassword(newPassword, 'input.newPassword');
    await manager.getRepository(User).update(user.id, { passwordHash: await hashPassword(newPassword) });
    await manager.query(`UPDATE sessions SET revoked_at = now(), revoked_reason = 'PASSWORD_CHANGED' WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL`, [
      user.id,
      actor.sessionId,
    ]);
    return true;
  }

  private async openSession(userId: string): Promise<IssuedSession> {
    const { sessionId, refreshToken } = await this.db.runAsSystem(async (manager) => {
      const [session] = (await manager.query(
        `INSERT INTO sessions (user_id, expires_at, user_agent, ip) VALUES ($1, now() + make_interval(days => $2), $3, $4) RETURNING id`,
        [userId, REFRESH_TOKEN_TTL_DAYS, this.cls.get('userAgent') ?? null, this.cls.get('clientAddress')],
      )) as { id: string }[];
      if (!session) throw new Error('session was not created');
      return { sessionId: session.id, refreshToken: await this.newRefreshToken(manager, session.id) };
    });
    await this.actors.reset(userId, sessionId);
    const access = this.tokens.signAccess({ sub: userId, sid: sessionId });
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, userId, sessionId };
  }

  private async newRefreshToken(manager: EntityManager, sessionId: string): Promise<string> {
    const { secret, hash } = this.tokens.newSecret();
    await manager.query(`INSERT INTO refresh_tokens (session_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))`, [
      sessionId,
      hash,
      REFRESH_TOKEN_TTL_DAYS,
    ]);
    return secret;
  }

  /** Seconds to wait before this address and this account may try again. */
  private async throttle(manager: EntityManager, email: string, ip: string): Promise<number> {
    const now = new Date();
    const recent = async (column: 'email' | 'ip', value: string, windowMinutes: number) => {
      const [row] = (await manager.query(
        `SELECT count(*)::int AS failures, max(created_at) AS last_failure FROM sign_in_attempts a
          WHERE a.${column} = $1 AND NOT a.succeeded AND a.created_at > now() - make_interval(mins => $2)
            AND a.created_at > coalesce((SELECT max(created_at) FROM sign_in_attempts s WHERE s.${column} = $1 AND s.succeeded), '-infinity')`,
        [value, windowMinutes],
      )) as { failures: number; last_failure: Date | null }[];
      return row ?? { failures: 0, last_failure: null };
    };
    const account = await recent('email', email, ACCOUNT_THROTTLE.windowMinutes);
    const address = await recent('ip', ip, ADDRESS_THROTTLE.windowMinutes);
    return Math.max(
      throttleWait(account.failures, account.last_failure, now, ACCOUNT_THROTTLE),
      throttleWait(address.failures, address.last_failure, now, ADDRESS_THROTTLE),
    );
  }
}
