import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { In } from 'typeorm';
import { LOGO_MAX_BYTES, nextOrganisationStatus, type OrganisationStatusAction, sniffImageType } from '@helix/domain';
import { AuditService } from '@api/core/audit/audit.service';
import { ActorService } from '@api/core/auth/actor.service';
import type { RequestStore } from '@api/core/context/request-context';
import { DatabaseService } from '@api/core/database/database.service';
import { AppError } from '@api/core/graphql/app-error';
import { optionalText, optionalUrl, requiredText } from '@api/core/graphql/input-checks';
import { byKeys } from '@api/core/graphql/loader-registry';
import { type ConnectionResult, type PageArgs, paginate } from '@api/core/graphql/pagination';
import { MailService } from '@api/modules/mail/mail.service';
import { UsersService } from '@api/modules/users/users.service';
import type { OrganisationFilter } from './dto/organisation-filter.input';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.inputs';
import { OrganisationLogo } from './organisation-logo.entity';
import { Organisation } from './organisation.entity';

const MAX_SEARCH_LENGTH = 200;
const NAME_MAX = 300;
const DESCRIPTION_MAX = 5000;
const EXPERTISE_MAX_ITEMS = 20;
const EXPERTISE_MAX_LENGTH = 60;
const REASON_MAX = 1000;

type ProfileFields = Partial<
  Pick<Organisation, 'name' | 'shortName' | 'kind' | 'registrationCode' | 'descriptionVi' | 'descriptionEn' | 'website' | 'expertise'>
>;

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly users: UsersService,
    private readonly actors: ActorService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestStore>,
  ) {}

  /** A new organisation starts PENDING, with the caller as OWNER. */
  async create(input: CreateOrganisationInput): Promise<Organisation> {
    const actor = await this.actors.require();
    const organisation = await this.createFor(input, actor.userId, actor.locale);
    await this.actors.reset(actor.userId, actor.sessionId);
    return organisation;
  }

  /** Creation for a given owner (the caller, or a demo account when seeding). */
  async createFor(input: CreateOrganisationInput, ownerUserId: string, locale: 'vi' | 'en' = 'vi'): Promise<Organisation> {
    const fields = this.profileFields(input, 'input.');
    if (!fields.name) throw AppError.badInput('input.name', 'REQUIRED');
    if (input.description?.trim()) {
      const description = optionalText(input.description, 'input.description', DESCRIPTION_MAX);
      if (locale === 'en') fields.descriptionEn ??= description;
      else fields.descriptionVi ??= description;
    }
    const manager = await this.db.manager();
    const organisation = await manager.getRepository(Organisation).save({ ...fields, kind: input.kind, status: 'PENDING', createdBy: ownerUserId });
    await this.users.addMembership(organisation.id, ownerUserId, 'OWNER');
    return this.findById(organisation.id);
  }

  /** Owners and admins edit the profile; `expectedVersion` guards against overwriting a colleague. */
  async update(id: string, input: UpdateOrganisationInput, expectedVersion: number): Promise<Organisation> {
    await this.actors.authorise('organisation.update', id, 'organisation');
    const current = await this.findById(id);
    const fields = this.profileFields(input, 'input.');
    if (input.name !== undefined && input.name !== null && !fields.name) throw AppError.badInput('input.name', 'REQUIRED');
    if (fields.kind && fields.kind !== current.kind && current.status !== 'PENDING') throw AppError.badInput('input.kind', 'KIND_LOCKED');
    return this.writeVersioned(id, expectedVersion, fields);
  }

  /** A logo as a data URL; the type comes from the bytes, not from the URL's claim. */
  async setLogo(id: string, image: string): Promise<Organisation> {
    await this.actors.authorise('organisation.update', id, 'organisation');
    const match = /^data:[\w/+.-]*;base64,([A-Za-z0-9+/=\s]+)$/.exec(image ?? '');
    if (!match?.[1]) throw AppError.badInput('image', 'IMAGE_INVALID');
    if ((match[1].length * 3) / 4 > LOGO_MAX_BYTES + 4) throw AppError.badInput('image', 'IMAGE_TOO_LARGE', { max: LOGO_MAX_BYTES / 1024 });
    const data = Buffer.from(match[1], 'base64');
    if (data.length > LOGO_MAX_BYTES) throw AppError.badInput('image', 'IMAGE_TOO_LARGE', { max: LOGO_MAX_BYTES / 1024 });
    const contentType = sniffImageType(data);
    if (!contentType) throw AppError.badInput('image', 'IMAGE_INVALID');
    const manager = await this.db.manager();
    await manager.query(
      `INSERT INTO organisation_logos (organisation_id, content_type, data, sha256) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organisation_id) DO UPDATE SET content_type = EXCLUDED.content_type, data = EXCLUDED.data, sha256 = EXCLUDED.sha256, updated_at = now()`,
      [id, contentType, data, createHash('sha256').update(data).digest('hex')],
    );
    return this.findById(id);
  }

  async removeLogo(id: string): Promise<Organisation> {
    await this.actors.authorise('organisation.update', id, 'organisation');
    const manager = await this.db.manager();
    await manager.getRepository(OrganisationLogo).delete({ organisationId: id });
    return this.findById(id);
  }

  /** The logo's content hash (for a cache-busting URL), batched per request. */
  logoVersion(organisationId: string): Promise<string | null> {
    return this.cls
      .get('loaders')
      .get<string, string | null>('organisations.logoVersion', async (ids) => {
        const manager = await this.db.manager();
        const rows = await manager.getRepository(OrganisationLogo).find({ where: { organisationId: In([...ids]) }, select: { organisationId: true, sha256: true } });
        return byKeys(ids, rows, (row) => row.organisationId).map((row) => row?.sha256.slice(0, 12) ?? null);
      })
      .load(organisationId);
  }

  async logo(id: string): Promise<{ contentType: string; data: Buffer; sha256: string } | null> {
    const manager = await this.db.manager();
    return manager.getRepository(OrganisationLogo).findOne({ where: { organisationId: id }, select: { contentType: true, data: true, sha256: true } });
  }

  /** Platform administrators verify (or reinstate) and suspend, with a reason. */
  async changeStatus(id: string, action: OrganisationStatusAction, reason?: string): Promise<Organisation> {
    const actor = await this.actors.require();
    if (!actor.isPlatformAdmin) throw new AppError('FORBIDDEN', 'NOT_PLATFORM_ADMIN');
    return this.applyStatus(id, action, reason);
  }

  /** The status change itself, telling the owners by e-mail (also used by the demo data). */
  async applyStatus(id: string, action: OrganisationStatusAction, reason?: string): Promise<Organisation> {
    const statusReason = action === 'SUSPEND' ? requiredText(reason, 'reason', REASON_MAX) : null;
    const current = await this.findById(id);
    const next = nextOrganisationStatus(current.status, action);
    if (!next) throw new AppError('INVALID_TRANSITION', 'ALREADY_IN_STATUS');
    const manager = await this.db.manager();
    await manager.getRepository(Organisation).update(id, { status: next, statusReason, version: () => 'version + 1' });
    await this.audit.record({
      subjectType: 'ORGANISATION',
      subjectId: id,
      action: action === 'SUSPEND' ? 'ORGANISATION_SUSPENDED' : current.status === 'SUSPENDED' ? 'ORGANISATION_REINSTATED' : 'ORGANISATION_VERIFIED',
      concerned: [id],
      before: { status: current.status },
      after: { status: next, ...(statusReason ? { reason: statusReason } : {}) },
    });
    const owners: { email: string; locale: 'vi' | 'en' }[] = await manager.query(`SELECT email, locale FROM helix.owner_contacts($1)`, [id]);
    const link = this.mail.link(`/organisations/${id}`);
    for (const owner of owners) {
      if (action === 'VERIFY') await this.mail.enqueue('organisationVerified', owner.email, owner.locale, { organisationName: current.name, link });
      else await this.mail.enqueue('organisationSuspended', owner.email, owner.locale, { organisationName: current.name, reason: statusReason ?? '', link });
    }
    return this.findById(id);
  }

  /** NOT_FOUND both for a random id and for an organisation the caller may not see. */
  async findById(id: string): Promise<Organisation> {
    const manager = await this.db.manager();
    const organisation = await manager.getRepository(Organisation).findOneBy({ id });
    if (!organisation) throw AppError.notFound('organisation');
    return organisation;
  }

  /** Batched per request; null when missing or hidden by row-level security. */
  load(id: string): Promise<Organisation | null> {
    return this.cls
      .get('loaders')
      .get<string, Organisation | null>('organisations.byId', async (ids) => {
        const manager = await this.db.manager();
        return byKeys(ids, await manager.getRepository(Organisation).findBy({ id: In([...ids]) }), (row) => row.id);
      })
      .load(id);
  }

  async list(filter: OrganisationFilter | null | undefined, page: PageArgs): Promise<ConnectionResult<Organisation>> {
    const manager = await this.db.manager();
    const query = manager.getRepository(Organisation).createQueryBuilder('organisation');
    if (filter?.kinds?.length) query.andWhere('organisation.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter?.statuses?.length) query.andWhere('organisation.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.mine) {
      const actor = await this.actors.require();
      query.andWhere('organisation.id IN (:...mine)', { mine: actor.memberships.map((m) => m.organisationId).concat('00000000-0000-0000-0000-000000000000') });
    }
    const search = filter?.search?.trim();
    if (search) {
      if (search.length > MAX_SEARCH_LENGTH) throw AppError.badInput('filter.search', 'TOO_LONG', { max: MAX_SEARCH_LENGTH });
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

  /** Validated profile fields present in the input (undefined = unchanged). */
  private profileFields(input: UpdateOrganisationInput, prefix: string): ProfileFields {
    const fields: ProfileFields = {};
    if (input.name !== undefined && input.name !== null) fields.name = optionalText(input.name, `${prefix}name`, NAME_MAX) ?? '';
    if (input.shortName !== undefined) fields.shortName = optionalText(input.shortName, `${prefix}shortName`, 100);
    if (input.kind) fields.kind = input.kind;
    if (input.registrationCode !== undefined) fields.registrationCode = optionalText(input.registrationCode, `${prefix}registrationCode`, 100);
    if (input.descriptionVi !== undefined) fields.descriptionVi = optionalText(input.descriptionVi, `${prefix}descriptionVi`, DESCRIPTION_MAX);
    if (input.descriptionEn !== undefined) fields.descriptionEn = optionalText(input.descriptionEn, `${prefix}descriptionEn`, DESCRIPTION_MAX);
    if (input.website !== undefined) fields.website = optionalUrl(input.website, `${prefix}website`);
    if (input.expertise !== undefined && input.expertise !== null) {
      if (input.expertise.length > EXPERTISE_MAX_ITEMS) throw AppError.badInput(`${prefix}expertise`, 'TOO_MANY_ITEMS', { max: EXPERTISE_MAX_ITEMS });
      fields.expertise = [...new Set(input.expertise.map((tag) => optionalText(tag, `${prefix}expertise`, EXPERTISE_MAX_LENGTH)).filter((tag): tag is string => Boolean(tag)))];
    }
    return fields;
  }

  /** One UPDATE that only applies to the expected version: CONFLICT when someone saved first. */
  private async writeVersioned(id: string, expectedVersion: number, fields: ProfileFields): Promise<Organisation> {
    const manager = await this.db.manager();
    const result = await manager
      .createQueryBuilder()
      .update(Organisation)
      .set({ ...fields, version: () => 'version + 1' })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    if (!result.affected) throw new AppError('CONFLICT');
    return this.findById(id);
  }
}
