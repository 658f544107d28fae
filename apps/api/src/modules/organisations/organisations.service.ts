import { Injectable } from '@nestjs/common';
import type { OrganisationKind } from '@helix/domain';
import { DatabaseService } from '@api/core/database/database.service';
import { AppError } from '@api/core/graphql/app-error';
import { type ConnectionResult, type PageArgs, paginate } from '@api/core/graphql/pagination';
import { UsersService } from '@api/modules/users/users.service';
import type { OrganisationFilter } from './dto/organisation-filter.input';
import { Organisation } from './organisation.entity';

export interface NewOrganisation {
  name: string;
  shortName?: string;
  kind: OrganisationKind;
  registrationCode?: string;
  descriptionVi?: string;
  descriptionEn?: string;
  website?: string;
  expertise?: string[];
}

const MAX_SEARCH_LENGTH = 200;

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly users: UsersService,
  ) {}

  /** A new organisation starts PENDING, with its creator as OWNER. */
  async create(input: NewOrganisation, ownerUserId: string): Promise<Organisation> {
    const manager = await this.db.manager();
    const organisation = await manager.getRepository(Organisation).save({
      name: input.name.trim(),
      shortName: input.shortName?.trim() || null,
      kind: input.kind,
      registrationCode: input.registrationCode?.trim() || null,
      descriptionVi: input.descriptionVi ?? null,
      descriptionEn: input.descriptionEn ?? null,
      website: input.website ?? null,
      expertise: input.expertise ?? [],
    });
    await this.users.addMembership(organisation.id, ownerUserId, 'OWNER');
    return organisation;
  }

  async verify(id: string): Promise<Organisation> {
    const manager = await this.db.manager();
    await manager.getRepository(Organisation).update(id, { status: 'VERIFIED', statusReason: null });
    return this.findById(id);
  }

  /** NOT_FOUND both for a random id and for an organisation the caller may not see. */
  async findById(id: string): Promise<Organisation> {
    const manager = await this.db.manager();
    const organisation = await manager.getRepository(Organisation).findOneBy({ id });
    if (!organisation) throw AppError.notFound('organisation');
    return organisation;
  }

  async list(filter: OrganisationFilter | null | undefined, page: PageArgs): Promise<ConnectionResult<Organisation>> {
    const manager = await this.db.manager();
    const query = manager.getRepository(Organisation).createQueryBuilder('organisation');
    if (filter?.kinds?.length) query.andWhere('organisation.kind IN (:...kinds)', { kinds: filter.kinds });
    const search = filter?.search?.trim();
    if (search) {
      if (search.length > MAX_SEARCH_LENGTH) throw AppError.badInput('filter.search');
      query.andWhere(
        `helix.f_unaccent(lower(organisation.name || ' ' || coalesce(organisation.short_name, ''))) LIKE '%' || helix.f_unaccent(lower(:search)) || '%'`,
        { search: search.replace(/[\\%_]/g, (c) => `\\${c}`) },
      );
    }
    return paginate(query, page, {
      sortExpression: 'organisation.name',
      idExpression: 'organisation.id',
      direction: 'ASC',
      cursorOf: (organisation) => [organisation.name, organisation.id],
    });
  }
}
