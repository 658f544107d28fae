import { Injectable } from '@nestjs/common';
import { type Locale, normaliseEmail } from '@helix/domain';
import { DatabaseService } from '@api/core/database/database.service';
import { Membership } from './membership.entity';
import { hashPassword } from './password-hasher';
import { User } from './user.entity';
import type { MembershipRole } from '@helix/domain';

export interface NewUser {
  email: string;
  password: string;
  fullName: string;
  locale?: Locale;
}

@Injectable()
export class UsersService {
  constructor(private readonly db: DatabaseService) {}

  async create(input: NewUser): Promise<User> {
    const manager = await this.db.manager();
    return manager.getRepository(User).save({
      email: normaliseEmail(input.email),
      passwordHash: await hashPassword(input.password),
      fullName: input.fullName.trim(),
      locale: input.locale ?? 'vi',
    });
  }

  async findByEmail(email: string): Promise<User | null> {
    const manager = await this.db.manager();
    return manager.getRepository(User).findOneBy({ email: normaliseEmail(email) });
  }

  async addMembership(organisationId: string, userId: string, role: MembershipRole): Promise<Membership> {
    const manager = await this.db.manager();
    return manager.getRepository(Membership).save({ organisationId, userId, role });
  }

  /**
   * The first platform administrator comes from HELIX_ADMIN_EMAIL / HELIX_ADMIN_PASSWORD: created
   * when missing, otherwise given the flag and the configured password.
   */
  async ensurePlatformAdmin(email: string, password: string): Promise<User> {
    const manager = await this.db.manager();
    const users = manager.getRepository(User);
    const existing = await this.findByEmail(email);
    if (!existing) {
      const created = await this.create({ email, password, fullName: 'Platform administrator', locale: 'vi' });
      await users.update(created.id, { isPlatformAdmin: true });
      return { ...created, isPlatformAdmin: true };
    }
    await users.update(existing.id, { isPlatformAdmin: true, passwordHash: await hashPassword(password) });
    return { ...existing, isPlatformAdmin: true };
  }
}
