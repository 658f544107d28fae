import { Injectable } from '@nestjs/common';
import { OrganisationsService } from '@api/modules/organisations/organisations.service';
import { UsersService } from '@api/modules/users/users.service';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-data';

/** Writes the demo programme through the same services the API uses, so it obeys their rules. */
@Injectable()
export class DemoDataSeeder {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
  ) {}

  async seed(): Promise<void> {
    for (const { people, ...profile } of DEMO_ORGANISATIONS) {
      const [owner, ...others] = people;
      if (!owner) continue;
      const ownerUser = await this.users.create({ ...owner, password: DEMO_PASSWORD });
      const organisation = await this.organisations.createFor(profile, ownerUser.id);
      await this.organisations.applyStatus(organisation.id, 'VERIFY');
      // In parallel: password hashing runs on libuv's thread pool while the queries queue up.
      await Promise.all(
        others.map(async (person) => {
          const user = await this.users.create({ ...person, password: DEMO_PASSWORD });
          await this.users.addMembership(organisation.id, user.id, person.role);
          if (person.platformAdmin) await this.users.makePlatformAdmin(user);
        }),
      );
    }
  }
}
