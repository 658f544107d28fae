import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  AGREEMENT_LIMITS,
  AGREEMENT_PARTY_ROLES,
  type AgreementContent,
  type AgreementMilestoneTerms,
  type AgreementPartyTerms,
  CURRENCIES,
  isLocalDate,
  isTimeZone,
  type MilestoneStatus,
} from '@helix/domain';
import { DatabaseService } from '@api/core/database/database.service';
import { AppError } from '@api/core/graphql/app-error';
import { optionalText, requiredText } from '@api/core/graphql/input-checks';
import { ATTACHMENTS_MAX, FilesService } from '@api/modules/files/files.service';
import { Organisation } from '@api/modules/organisations/organisation.entity';
import type { AgreementInput, AgreementMilestoneInput, AgreementPartyInput } from './dto/agreement.inputs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What an edit is checked against besides the content it changes. */
export interface EditContext {
  managingOrganisationId: string;
  /** The organisation the editor acts for: new documents must be its uploads. */
  actingOrganisationId: string;
  /** While amending: the version in force, whose parties an amendment may not remove. */
  inForce: AgreementContent | null;
  /** While amending: milestones already worked on (not PLANNED) and who is responsible for them. */
  startedMilestones: ReadonlyMap<string, { status: MilestoneStatus; responsibleOrganisationId: string }>;
}

export const EMPTY_CONTENT: AgreementContent = {
  title: '',
  purpose: '',
  terms: '',
  currency: 'VND',
  startsOn: null,
  endsOn: null,
  timeZone: 'Asia/Ho_Chi_Minh',
  disclosed: false,
  parties: [],
  milestones: [],
  attachmentIds: [],
};

/**
 * Turns an agreement input into the next version's content: every field checked (BAD_USER_INPUT
 * naming it), fields left out kept from the current content, lists replaced as a whole.
 */
@Injectable()
export class AgreementContentReader {
  constructor(
    private readonly db: DatabaseService,
    private readonly files: FilesService,
  ) {}

  async read(current: AgreementContent, input: AgreementInput, context: EditContext): Promise<AgreementContent> {
    const next: AgreementContent = { ...current };
    if (input.title !== undefined) next.title = requiredText(input.title, 'input.title', AGREEMENT_LIMITS.titleMax);
    if (input.purpose !== undefined) next.purpose = optionalText(input.purpose, 'input.purpose', AGREEMENT_LIMITS.purposeMax) ?? '';
    if (input.terms !== undefined) next.terms = this.terms(input.terms);
    if (input.currency !== undefined && input.currency !== null) {
      if (!CURRENCIES.includes(input.currency)) throw AppError.badInput('input.currency');
      next.currency = input.currency;
    }
    if (input.startsOn !== undefined) next.startsOn = this.date(input.startsOn, 'input.startsOn');
    if (input.endsOn !== undefined) next.endsOn = this.date(input.endsOn, 'input.endsOn');
    if (next.startsOn && next.endsOn && next.endsOn < next.startsOn) throw AppError.badInput('input.endsOn', 'DATES_ORDER');
    if (input.timeZone !== undefined && input.timeZone !== null) {
      const zone = input.timeZone.trim();
      if (!isTimeZone(zone)) throw AppError.badInput('input.timeZone', 'TIME_ZONE_INVALID');
      next.timeZone = zone;
    }
    if (input.disclosed !== undefined && input.disclosed !== null) next.disclosed = input.disclosed;
    if (input.parties !== undefined) next.parties = await this.parties(input.parties ?? [], current.parties, context);
    if (input.milestones !== undefined) next.milestones = this.milestones(input.milestones ?? [], current.milestones);
    this.checkMilestones(next, context, input.milestones !== undefined ? 'input.milestones' : 'input.parties');
    if (input.attachmentIds !== undefined) next.attachmentIds = await this.attachments(input.attachmentIds ?? [], current.attachmentIds, context);
    return next;
  }

  /** Markdown terms keep their line breaks (a diff is line by line); only trailing blanks go. */
  private terms(value: string | null): string {
    const terms = (value ?? '').replace(/\r\n?/g, '\n').replace(/\s+$/, '');
    if (terms.length > AGREEMENT_LIMITS.termsMax) throw AppError.badInput('input.terms', 'TOO_LONG', { max: AGREEMENT_LIMITS.termsMax });
    return terms;
  }

  private date(value: string | null, field: string): string | null {
    if (value === null || value.trim() === '') return null;
    const date = value.trim();
    if (!isLocalDate(date)) throw AppError.badInput(field, 'DATE_INVALID');
    return date;
  }

  private async parties(inputs: AgreementPartyInput[], current: readonly AgreementPartyTerms[], context: EditContext): Promise<AgreementPartyTerms[]> {
    const field = 'input.parties';
    if (inputs.length > AGREEMENT_LIMITS.partiesMax) throw AppError.badInput(field, 'TOO_MANY_ITEMS', { max: AGREEMENT_LIMITS.partiesMax });
    const parties = inputs.map((input, index): AgreementPartyTerms => {
      const organisationId = String(input.organisationId ?? '').trim().toLowerCase();
      if (!UUID.test(organisationId)) throw AppError.badInput(`${field}.${index}.organisationId`, 'INVALID_ID');
      if (!AGREEMENT_PARTY_ROLES.includes(input.role)) throw AppError.badInput(`${field}.${index}.role`);
      const money = input.moneyContribution ?? 0;
      if (!Number.isSafeInteger(money) || money < 0) throw AppError.badInput(`${field}.${index}.moneyContribution`, 'AMOUNT_INVALID');
      return {
        organisationId,
        role: input.role,
        moneyContribution: money,
        inKindContribution: optionalText(input.inKindContribution, `${field}.${index}.inKindContribution`, AGREEMENT_LIMITS.inKindMax),
      };
    });
    const ids = parties.map((party) => party.organisationId);
    if (new Set(ids).size !== ids.length) throw AppError.badInput(field, 'PARTY_DUPLICATE');
    if (!ids.includes(context.managingOrganisationId)) throw AppError.badInput(field, 'MANAGER_NOT_PARTY');
    if (context.inForce?.parties.some((party) => !ids.includes(party.organisationId))) throw AppError.badInput(field, 'PARTY_IN_FORCE');
    // Parties joining now must be verified organisations; those already in keep their place.
    const joining = ids.filter((id) => !current.some((party) => party.organisationId === id));
    if (joining.length) {
      const manager = await this.db.manager();
      const found = await manager.getRepository(Organisation).find({ where: { id: In(joining), status: 'VERIFIED' }, select: { id: true } });
      if (found.length !== joining.length) throw AppError.badInput(field, 'PARTY_UNKNOWN');
    }
    return parties;
  }

  private milestones(inputs: AgreementMilestoneInput[], current: readonly AgreementMilestoneTerms[]): AgreementMilestoneTerms[] {
    const field = 'input.milestones';
    if (inputs.length > AGREEMENT_LIMITS.milestonesMax) throw AppError.badInput(field, 'TOO_MANY_ITEMS', { max: AGREEMENT_LIMITS.milestonesMax });
    const seen = new Set<string>();
    return inputs.map((input, index): AgreementMilestoneTerms => {
      const at = `${field}.${index}`;
      let id = input.id ? String(input.id).trim().toLowerCase() : randomUUID();
      if (input.id) {
        if (!current.some((milestone) => milestone.id === id)) throw AppError.badInput(`${at}.id`, 'MILESTONE_UNKNOWN');
        if (seen.has(id)) id = randomUUID();
      }
      seen.add(id);
      const dueDate = this.date(input.dueDate ?? '', `${at}.dueDate`);
      if (!dueDate) throw AppError.badInput(`${at}.dueDate`, 'REQUIRED');
      const share = input.paymentShare ?? 0;
      if (!Number.isInteger(share) || share < 0 || share > 100) throw AppError.badInput(`${at}.paymentShare`, 'PAYMENT_SHARE_INVALID');
      const responsible = String(input.responsibleOrganisationId ?? '').trim().toLowerCase();
      if (!UUID.test(responsible)) throw AppError.badInput(`${at}.responsibleOrganisationId`, 'INVALID_ID');
      return {
        id,
        title: requiredText(input.title, `${at}.title`, AGREEMENT_LIMITS.milestoneTitleMax),
        dueDate,
        responsibleOrganisationId: responsible,
        deliverable: optionalText(input.deliverable, `${at}.deliverable`, AGREEMENT_LIMITS.deliverableMax) ?? '',
        paymentShare: share,
      };
    });
  }

  /** Milestones against the parties (both may have changed) and, in an amendment, against the work done. */
  private checkMilestones(content: AgreementContent, context: EditContext, field: string): void {
    const parties = new Set(content.parties.map((party) => party.organisationId));
    content.milestones.forEach((milestone, index) => {
      if (!parties.has(milestone.responsibleOrganisationId)) {
        throw AppError.badInput(field === 'input.milestones' ? `${field}.${index}.responsibleOrganisationId` : field, 'RESPONSIBLE_NOT_PARTY');
      }
    });
    const sum = content.milestones.reduce((total, milestone) => total + milestone.paymentShare, 0);
    if (sum > 100) throw AppError.badInput('input.milestones', 'PAYMENT_SHARES_TOO_HIGH', { sum });
    for (const [id, started] of context.startedMilestones) {
      const kept = content.milestones.find((milestone) => milestone.id === id);
      if (started.status !== 'PLANNED' && (!kept || kept.responsibleOrganisationId !== started.responsibleOrganisationId)) {
        throw AppError.badInput('input.milestones', 'MILESTONE_STARTED');
      }
    }
  }

  /** Documents already attached stay whoever uploaded them; new ones must be the editor's organisation's. */
  private async attachments(ids: string[], current: readonly string[], context: EditContext): Promise<string[]> {
    const field = 'input.attachmentIds';
    const unique = [...new Set(ids.map((id) => String(id).trim().toLowerCase()))];
    if (unique.some((id) => !UUID.test(id))) throw AppError.badInput(field, 'INVALID_ID');
    const added = unique.filter((id) => !current.includes(id));
    await this.files.requireAttachable(added, context.actingOrganisationId, field);
    if (unique.length > ATTACHMENTS_MAX) throw AppError.badInput(field, 'TOO_MANY_ITEMS', { max: ATTACHMENTS_MAX });
    return unique;
  }
}
