import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { AgreementPartyRole, AgreementStatus, Currency } from '@helix/domain';
import { AgreementPartyRoleEnum, AgreementStatusEnum, CurrencyEnum } from '@api/core/graphql/enums';
import { LongScalar } from '@api/core/graphql/long.scalar';

@InputType()
export class AgreementPartyInput {
  @Field(() => ID, { description: 'A verified organisation.' })
  organisationId: string;

  @Field(() => AgreementPartyRoleEnum)
  role: AgreementPartyRole;

  @Field(() => LongScalar, { nullable: true, description: 'Money in minor units of the agreement’s currency (0 when omitted).' })
  moneyContribution?: number | null;

  @Field(() => String, { nullable: true })
  inKindContribution?: string | null;
}

@InputType()
export class AgreementMilestoneInput {
  @Field(() => ID, { nullable: true, description: 'An existing milestone’s id to keep it (and its progress); omitted for a new one.' })
  id?: string | null;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'YYYY-MM-DD, a day in the agreement’s time zone.' })
  dueDate: string;

  @Field(() => ID, { description: 'One of the parties.' })
  responsibleOrganisationId: string;

  @Field(() => String, { nullable: true })
  deliverable?: string | null;

  @Field(() => Int, { nullable: true, description: 'Percent of the money paid on acceptance, 0–100 (0 when omitted).' })
  paymentShare?: number | null;
}

/** Every field of an agreement's content; on update a field left out stays as it is. */
@InputType()
export class AgreementInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  purpose?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  terms?: string | null;

  @Field(() => CurrencyEnum, { nullable: true })
  currency?: Currency | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before startsOn; null clears it.' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone of the dates (Asia/Ho_Chi_Minh by default).' })
  timeZone?: string | null;

  @Field(() => Boolean, { nullable: true })
  disclosed?: boolean | null;

  @Field(() => [AgreementPartyInput], { nullable: true, description: 'Replaces the parties; the managing organisation stays one of them.' })
  parties?: AgreementPartyInput[] | null;

  @Field(() => [AgreementMilestoneInput], { nullable: true, description: 'Replaces the milestones (keep one by passing its id).' })
  milestones?: AgreementMilestoneInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the documents; new ones must be uploaded by your organisation (POST /api/files).' })
  attachmentIds?: string[] | null;
}

@InputType()
export class CreateAgreementInput extends AgreementInput {
  @Field(() => String)
  declare title: string;
}

@InputType()
export class SubmitMilestoneInput {
  @Field(() => String, { description: 'What is delivered and where to find it.' })
  note: string;

  @Field(() => [ID], { nullable: true, description: 'Files uploaded by the responsible party.' })
  attachmentIds?: string[] | null;
}

@InputType()
export class AgreementFilter {
  @Field(() => [AgreementStatusEnum], { nullable: true })
  statuses?: AgreementStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only agreements with an overdue milestone.' })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words of the title.' })
  search?: string | null;
}
