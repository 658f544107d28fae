import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { In } from 'typeorm';
import { can, type Locale, type MembershipRole, normaliseEmail } from '@helix/domain';
import { ActorService } from '@api/core/auth/actor.service';
import type { RequestStore } from '@api/core/context/request-context';
import { DatabaseService } from '@api/core/database/database.service';
import { AppError } from '@api/core/graphql/app-error';
import { acceptablePassword, requiredText, validEmail, validLocale } from '@api/core/graphql/input-checks';
import { byKeys } from '@api/core/graphql/loader-registry';
import { Membership } from './membership.entity';
import { hashPassword } from './password-hasher';
import { User } from './user.entity';

export interface NewUser {
  email: string;
  password: string;
  fullName: string;
  locale?: string | null;
}

export const FULL_NAME_MAX = 200;

@Injectable()
export class UsersService {
  constructor(
    private readonly db: DatabaseService,
    private readonly actors: ActorService,
    private readonly cls: ClsService<RequestStore>,
  ) {}

  /** A new account, checked against the same rules whether it comes from sign-up or the seed. */
  async create(input: NewUser): Promise<User> {
    const email = validEmail(input.email, 'input.email');
    const fullName = requiredText(input.fullName, 'input.fullName', FULL_NAME_MAX);
    acceptablePassword(input.password, 'input.password');
    const locale = validLocale(input.locale, 'input.locale') ?? 'vi';
    const manager = await this.db.manager();
    if (await manager.getRepository(User).existsBy({ email })) throw AppError.badInput('input.email', 'EMAIL_TAKEN');
    const saved = await manager.getRepository(User).save({ email, fullName, locale, passwordHash: await hashPassword(input.password) });
    return manager.getRepository(User).findOneByOrFail({ id: saved.id });
  }

  async findByEmail(email: string): Promise<User | null> {
    const manager = await this.db.manager();
    return manager.getRepository(User).findOneBy({ email: normaliseEmail(email) });
  }

  /** Users by id through the request's loader: one query for a whole page of members. */
  byId(id: string): Promise<User | null> {
    return this.cls
      .get('loaders')
      .get<string, User | null>('users.byId', async (ids) => {
        const manager = await this.db.manager();
        return byKeys(ids, await manager.getRepository(User).findBy({ id: In([...ids]) }), (user) => user.id);
      })
      .load(id);
  }

  async addMembership(organisationId: string, userId: string, role: MembershipRole): Promise<Membership> {
    const manager = await this.db.manager();
    return manager.getRepository(Membership).save({ organisationId, userId, role });
  }

  /** The user's memberships, oldest first (the first is the default active organisation). */
  membershipsOf(userId: string): Promise<Membership[]> {
    return this.cls
      .get('loaders')
      .get<string, Membership[]>('memberships.byUser', async (userIds) => {
        const manager = await this.db.manager();
        const rows = await manager.getRepository(Membership).find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
        return userIds.map((id) => rows.filter((row) => row.userId === id));
      })
      .load(userId);
  }

  async updateMe(input: { fullName?: string | null; locale?: string | null }): Promise<User> {
    const actor = await this.actors.require();
    const changes: Partial<Pick<User, 'fullName' | 'locale'>> = {};
    if (input.fullName !== undefined && input.fullName !== null) changes.fullName = requiredText(input.fullName, 'input.fullName', FULL_NAME_MAX);
    const locale: Locale | undefined = validLocale(input.locale, 'input.locale');
    if (locale) changes.locale = locale;
    const manager = await this.db.manager();
    if (Object.keys(changes).length) await manager.getRepository(User).update(actor.userId, changes);
    return manager.getRepository(User).findOneByOrFail({ id: actor.userId });
  }

  /**
   * The first platform administrator comes from HELIX_ADMIN_EMAIL / HELIX_ADMIN_PASSWORD: created
   * when missing, otherwise given the flag and the configured password.
   */
  async ensurePlatformAdmin(email: string, password: string): Promise<User> {
    const manager = await this.db.manager();
    const users = manager.getRepository(User);
    const existing = await this.findByEmail(email);
    const user = existing ?? (await this.create({ email, password, fullName: 'Platform administrator', locale: 'vi' }));
    if (existing) await users.update(user.id, { passwordHash: await hashPassword(password) });
    return this.makePlatformAdmin(user);
  }

  /** Platform work only (start-up, demo data): requests go through grantPlatformAdmin. */
  async makePlatformAdmin(user: User): Promise<User> {
    const manager = await this.db.manager();
    await manager.getRepository(User).update(user.id, { isPlatformAdmin: true });
    return { ...user, isPlatformAdmin: true };
  }

  /** Platform administrators grant the flag to another account (through a checked database door). */
  async grantPlatformAdmin(email: string): Promise<boolean> {
    const actor = await this.actors.require();
    const decision = can({ userId: actor.userId, isPlatformAdmin: actor.isPlatformAdmin }, 'platform.grantAdmin');
    if (!decision.allowed) throw new AppError('FORBIDDEN', decision.reason);
    const address = validEmail(email);
    const manager = await this.db.manager();
    const [row] = (await manager.query(`SELECT helix.grant_platform_admin($1) AS granted`, [address])) as { granted: boolean }[];
    if (!row?.granted) throw AppError.notFound('user');
    return true;
  }
}
