import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AgreementPartyRole, ChangeScope, Currency, DiffLineKind } from '@helix/domain';
import { AgreementPartyRoleEnum, ChangeScopeEnum, CurrencyEnum, DiffLineKindEnum } from '@api/core/graphql/enums';
import { Connection } from '@api/core/graphql/pagination';
import { Organisation } from '@api/modules/organisations/organisation.entity';
import { Money } from '@api/modules/projects/project.types';
import { Agreement } from './agreement.entity';

@ObjectType({ description: 'What a party brings: money (in the agreement’s currency) and in kind.' })
export class Contribution {
  @Field(() => Money)
  money: Money;

  @Field(() => String, { nullable: true, description: 'Staff, equipment, data, premises…' })
  inKind: string | null;
}

@ObjectType({ description: 'An organisation’s signature on one version, by one of its owners or admins.' })
export class AgreementSignature {
  organisationId: string;

  @Field(() => Organisation, { nullable: true })
  organisation: Organisation | null;

  @Field(() => Int)
  versionNumber: number;

  @Field(() => String, { description: 'The version hash that was signed.' })
  versionHash: string;

  @Field(() => String, { description: 'Who signed (the name at the time).' })
  signerName: string;

  @Field(() => GraphQLISODateTime)
  signedAt: Date;
}

@ObjectType({ description: 'A party as a version has it: organisation, role and contribution.' })
export class VersionParty {
  organisationId: string;

  @Field(() => Organisation, { nullable: true })
  organisation: Organisation | null;

  @Field(() => AgreementPartyRoleEnum)
  role: AgreementPartyRole;

  @Field(() => Contribution)
  contribution: Contribution;
}

@ObjectType({ description: 'A party of the current version, and whether it has signed that version.' })
export class AgreementParty extends VersionParty {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it signed the current version; null while it has not.' })
  signedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who signed the current version for it.' })
  signedBy: string | null;
}

@ObjectType({ description: 'A milestone as a version has it.' })
export class VersionMilestone {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  dueDate: string;

  responsibleOrganisationId: string;

  @Field(() => Organisation, { nullable: true })
  responsible: Organisation | null;

  @Field(() => String)
  deliverable: string;

  @Field(() => Int)
  paymentShare: number;
}

@ObjectType({ description: 'A line of the terms in a comparison.' })
export class TermsDiffLine {
  @Field(() => DiffLineKindEnum)
  kind: DiffLineKind;

  @Field(() => String)
  text: string;
}

@ObjectType({ description: 'A field that differs between two versions, as text. `field` is ADDED or REMOVED when a whole party, milestone or file came or went.' })
export class FieldChange {
  @Field(() => ChangeScopeEnum)
  scope: ChangeScope;

  @Field(() => ID, { nullable: true, description: 'The party’s organisation, the milestone or the file.' })
  subject: string | null;

  @Field(() => String, { nullable: true, description: 'The party’s organisation name, the milestone title or the file name, for reading.' })
  subjectLabel: string | null;

  @Field(() => String)
  field: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;

  @Field(() => String, { nullable: true, description: 'The earlier value for reading when it is an id (an organisation’s name).' })
  beforeLabel: string | null;

  @Field(() => String, { nullable: true, description: 'The later value for reading when it is an id (an organisation’s name).' })
  afterLabel: string | null;
}

@ObjectType({ description: 'Two versions compared: the terms as a line diff, everything else field by field.' })
export class AgreementDiff {
  @Field(() => Int)
  from: number;

  @Field(() => Int)
  to: number;

  @Field(() => String)
  fromHash: string;

  @Field(() => String)
  toHash: string;

  @Field(() => CurrencyEnum, { description: 'The currency of the earlier version’s amounts.' })
  fromCurrency: Currency;

  @Field(() => CurrencyEnum, { description: 'The currency of the later version’s amounts.' })
  toCurrency: Currency;

  @Field(() => [TermsDiffLine])
  terms: TermsDiffLine[];

  @Field(() => [FieldChange])
  changes: FieldChange[];
}

@ObjectType({ description: 'What you may do with an agreement now (the API enforces the same rules).' })
export class AgreementCapabilities {
  @Field(() => Boolean, { description: 'Edit the current version (or the pending amendment).' })
  edit: boolean;

  @Field(() => Boolean, { description: 'Propose an amendment of the agreement in force.' })
  amend: boolean;

  @Field(() => Boolean, { description: 'Open negotiation, request signatures, withdraw an amendment, cancel or terminate.' })
  manage: boolean;

  @Field(() => Boolean, { description: 'Sign the current version for one of your organisations now.' })
  sign: boolean;

  @Field(() => ID, { nullable: true, description: 'The organisation you would sign for.' })
  signingOrganisationId: string | null;
}

@ObjectType({ description: 'What you may do with a milestone now (the API enforces the same rules).' })
export class MilestoneCapabilities {
  @Field(() => Boolean, { description: 'Submit its deliverable: a member above viewer of the responsible party, while PLANNED or REJECTED.' })
  submit: boolean;

  @Field(() => Boolean, { description: 'Accept or reject it: a member above viewer of another party, while SUBMITTED.' })
  review: boolean;

  @Field(() => ID, { nullable: true, description: 'The party a review would be recorded for.' })
  reviewingOrganisationId: string | null;
}

@ObjectType()
export class AgreementConnection extends Connection(Agreement, 'Agreement') {}
