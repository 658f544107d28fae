import {
  addMonths,
  agreementCompleted,
  type AgreementContent,
  agreementTransition,
  allPartiesSigned,
  defaultPartyRole,
  isLocalDate,
  isTimeZone,
  localDateIn,
  milestoneOverdue,
  milestoneTransition,
  ocdsContractStatus,
  periodEnd,
  signatureProblems,
} from './agreement';
import { diffAgreementContent } from './agreement-diff';

const PROVINCE = '00000000-0000-4000-8000-000000000001';
const UNIVERSITY = '00000000-0000-4000-8000-000000000002';
const COMPANY = '00000000-0000-4000-8000-000000000003';

const CONTENT: AgreementContent = {
  title: 'Adaptive traffic lights on Đại lộ Bình Dương',
  purpose: 'Pilot and evaluate adaptive signals.',
  terms: '# Terms\n\n1. Scope\n2. Payment\n',
  currency: 'VND',
  startsOn: '2027-01-01',
  endsOn: '2027-12-31',
  timeZone: 'Asia/Ho_Chi_Minh',
  disclosed: true,
  parties: [
    { organisationId: PROVINCE, role: 'FUNDER', moneyContribution: 2_000_000_000, inKindContribution: null },
    { organisationId: UNIVERSITY, role: 'RESEARCH_PARTNER', moneyContribution: 0, inKindContribution: 'Two researchers' },
    { organisationId: COMPANY, role: 'IMPLEMENTATION_PARTNER', moneyContribution: 500_000_000, inKindContribution: 'Sensors' },
  ],
  milestones: [
    { id: 'm1', title: 'Design', dueDate: '2027-03-31', responsibleOrganisationId: UNIVERSITY, deliverable: 'Design report', paymentShare: 40 },
    { id: 'm2', title: 'Pilot', dueDate: '2027-09-30', responsibleOrganisationId: COMPANY, deliverable: 'Pilot report', paymentShare: 60 },
  ],
  attachmentIds: [],
};

describe('the agreement lifecycle', () => {
  it('goes DRAFT → NEGOTIATION → PENDING_SIGNATURES, and only forward', () => {
    expect(agreementTransition('DRAFT', 'OPEN_NEGOTIATION')).toEqual({ ok: true, status: 'NEGOTIATION' });
    expect(agreementTransition('NEGOTIATION', 'REQUEST_SIGNATURES')).toEqual({ ok: true, status: 'PENDING_SIGNATURES' });
    expect(agreementTransition('DRAFT', 'REQUEST_SIGNATURES')).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(agreementTransition('ACTIVE', 'OPEN_NEGOTIATION').ok).toBe(false);
  });

  it('returns an agreement being signed to negotiation when it is edited', () => {
    expect(agreementTransition('PENDING_SIGNATURES', 'EDIT')).toEqual({ ok: true, status: 'NEGOTIATION' });
    expect(agreementTransition('PENDING_SIGNATURES', 'OPEN_NEGOTIATION').ok).toBe(false);
  });

  it('edits an active agreement only through an amendment, which keeps it ACTIVE', () => {
    expect(agreementTransition('ACTIVE', 'EDIT').ok).toBe(false);
    expect(agreementTransition('ACTIVE', 'AMEND')).toEqual({ ok: true, status: 'ACTIVE' });
    expect(agreementTransition('ACTIVE', 'EDIT', true)).toEqual({ ok: true, status: 'ACTIVE' });
    expect(agreementTransition('ACTIVE', 'SIGN').ok).toBe(false);
    expect(agreementTransition('ACTIVE', 'SIGN', true).ok).toBe(true);
    expect(agreementTransition('ACTIVE', 'WITHDRAW_AMENDMENT').ok).toBe(false);
  });

  it('cancels only before ACTIVE and terminates only an ACTIVE agreement', () => {
    for (const status of ['DRAFT', 'NEGOTIATION', 'PENDING_SIGNATURES'] as const) expect(agreementTransition(status, 'CANCEL')).toEqual({ ok: true, status: 'CANCELLED' });
    for (const status of ['ACTIVE', 'COMPLETED', 'TERMINATED', 'CANCELLED'] as const) expect(agreementTransition(status, 'CANCEL').ok).toBe(false);
    expect(agreementTransition('ACTIVE', 'TERMINATE')).toEqual({ ok: true, status: 'TERMINATED' });
    expect(agreementTransition('NEGOTIATION', 'TERMINATE').ok).toBe(false);
  });

  it('accepts nothing once it has ended', () => {
    for (const status of ['COMPLETED', 'TERMINATED', 'CANCELLED'] as const) {
      for (const action of ['EDIT', 'SIGN', 'AMEND', 'SUBMIT_MILESTONE', 'REVIEW_MILESTONE'] as const) expect(agreementTransition(status, action, true).ok).toBe(false);
    }
  });

  it('maps to OCDS contract statuses', () => {
    expect(['DRAFT', 'NEGOTIATION', 'PENDING_SIGNATURES', 'ACTIVE', 'COMPLETED', 'TERMINATED', 'CANCELLED'].map((s) => ocdsContractStatus(s as never))).toEqual([
      'pending',
      'pending',
      'pending',
      'active',
      'terminated',
      'terminated',
      'cancelled',
    ]);
  });
});

describe('signatures', () => {
  it('binds when every party has signed, not before', () => {
    expect(allPartiesSigned([PROVINCE, UNIVERSITY, COMPANY], [PROVINCE, COMPANY])).toBe(false);
    expect(allPartiesSigned([PROVINCE, UNIVERSITY, COMPANY], [COMPANY, UNIVERSITY, PROVINCE])).toBe(true);
    expect(allPartiesSigned([], [])).toBe(false);
  });

  it('needs a complete agreement before signatures are requested', () => {
    expect(signatureProblems(CONTENT)).toEqual([]);
    expect(signatureProblems({ ...CONTENT, terms: ' ', parties: CONTENT.parties.slice(0, 1), milestones: [] })).toEqual(['TERMS_REQUIRED', 'PARTIES_TOO_FEW', 'MILESTONES_REQUIRED']);
    expect(signatureProblems({ ...CONTENT, startsOn: null })).toEqual(['DATES_REQUIRED']);
    const late = { ...CONTENT, milestones: [{ ...CONTENT.milestones[0], dueDate: '2028-01-01' }, CONTENT.milestones[1]] };
    expect(signatureProblems(late)).toEqual(['MILESTONE_OUTSIDE_PERIOD']);
    const unpaid = { ...CONTENT, milestones: [{ ...CONTENT.milestones[0], paymentShare: 30 }, CONTENT.milestones[1]] };
    expect(signatureProblems(unpaid)).toEqual(['PAYMENT_SHARES_SUM']);
  });

  it('gives the parties of an accepted proposal their usual roles', () => {
    expect(defaultPartyRole('OWNER', 'STATE')).toBe('FUNDER');
    expect(defaultPartyRole('LEAD', 'UNIVERSITY')).toBe('COORDINATOR');
    expect(defaultPartyRole('PARTNER', 'UNIVERSITY')).toBe('RESEARCH_PARTNER');
    expect(defaultPartyRole('PARTNER', 'ENTERPRISE')).toBe('IMPLEMENTATION_PARTNER');
    expect(defaultPartyRole('PARTNER', 'STATE')).toBe('OBSERVER');
  });
});

describe('milestones', () => {
  it('go PLANNED → SUBMITTED → ACCEPTED | REJECTED, and a rejected one is submitted again', () => {
    expect(milestoneTransition('PLANNED', 'SUBMIT')).toEqual({ ok: true, status: 'SUBMITTED' });
    expect(milestoneTransition('SUBMITTED', 'ACCEPT')).toEqual({ ok: true, status: 'ACCEPTED' });
    expect(milestoneTransition('SUBMITTED', 'REJECT')).toEqual({ ok: true, status: 'REJECTED' });
    expect(milestoneTransition('REJECTED', 'SUBMIT')).toEqual({ ok: true, status: 'SUBMITTED' });
    expect(milestoneTransition('PLANNED', 'ACCEPT').ok).toBe(false);
    expect(milestoneTransition('ACCEPTED', 'SUBMIT').ok).toBe(false);
    expect(milestoneTransition('ACCEPTED', 'REJECT').ok).toBe(false);
  });

  it('complete the agreement when every one is accepted', () => {
    expect(agreementCompleted(['ACCEPTED', 'ACCEPTED'])).toBe(true);
    expect(agreementCompleted(['ACCEPTED', 'SUBMITTED'])).toBe(false);
    expect(agreementCompleted([])).toBe(false);
  });

  it('are overdue from the midnight after the due day in the agreement’s time zone', () => {
    // 2027-03-31 ends at 17:00 UTC in Hồ Chí Minh City (UTC+7).
    expect(milestoneOverdue('2027-03-31', 'PLANNED', 'Asia/Ho_Chi_Minh', new Date('2027-03-31T16:59:59Z'))).toBe(false);
    expect(milestoneOverdue('2027-03-31', 'PLANNED', 'Asia/Ho_Chi_Minh', new Date('2027-03-31T17:00:00Z'))).toBe(true);
    // The same instant is still the 31st in Paris, and in Los Angeles the due day has not even begun.
    expect(milestoneOverdue('2027-03-31', 'PLANNED', 'Europe/Paris', new Date('2027-03-31T17:00:00Z'))).toBe(false);
    expect(milestoneOverdue('2027-04-01', 'SUBMITTED', 'America/Los_Angeles', new Date('2027-04-01T06:59:59Z'))).toBe(false);
    expect(milestoneOverdue('2027-03-31', 'REJECTED', 'UTC', new Date('2027-04-01T00:00:00Z'))).toBe(true);
    expect(milestoneOverdue('2027-03-31', 'ACCEPTED', 'UTC', new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it('read dates in a zone whatever the machine’s own zone', () => {
    const machine = process.env['TZ'];
    try {
      for (const zone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env['TZ'] = zone;
        expect(localDateIn(new Date('2027-12-31T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2028-01-01');
        expect(localDateIn(new Date('2027-12-31T17:00:00Z'), 'America/New_York')).toBe('2027-12-31');
        expect(milestoneOverdue('2027-12-31', 'SUBMITTED', 'Asia/Ho_Chi_Minh', new Date('2027-12-31T17:00:00Z'))).toBe(true);
      }
    } finally {
      if (machine === undefined) delete process.env['TZ'];
      else process.env['TZ'] = machine;
    }
  });
});

describe('dates', () => {
  it('are real calendar days', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('2027-13-01')).toBe(false);
    expect(isLocalDate('27-01-01')).toBe(false);
  });

  it('add months without spilling into the next month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-11-15', 18)).toBe('2029-05-15');
    expect(periodEnd('2027-01-01', 12)).toBe('2027-12-31');
    expect(periodEnd('2027-03-01', 1)).toBe('2027-03-31');
  });

  it('know real time zones only', () => {
    expect(isTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone("'; DROP TABLE")).toBe(false);
  });
});

describe('comparing versions', () => {
  it('diffs the terms line by line', () => {
    const diff = diffAgreementContent(CONTENT, { ...CONTENT, terms: '# Terms\n\n1. Scope\n2. Payment in two instalments\n3. Reporting\n' });
    expect(diff.terms).toEqual([
      { kind: 'UNCHANGED', text: '# Terms' },
      { kind: 'UNCHANGED', text: '' },
      { kind: 'UNCHANGED', text: '1. Scope' },
      { kind: 'REMOVED', text: '2. Payment' },
      { kind: 'ADDED', text: '2. Payment in two instalments' },
      { kind: 'ADDED', text: '3. Reporting' },
    ]);
    expect(diff.changes).toEqual([]);
  });

  it('compares everything else field by field', () => {
    const later: AgreementContent = {
      ...CONTENT,
      endsOn: '2028-06-30',
      parties: [{ ...CONTENT.parties[0], moneyContribution: 2_500_000_000 }, CONTENT.parties[1]],
      milestones: [{ ...CONTENT.milestones[0], dueDate: '2027-04-30' }, CONTENT.milestones[1], { id: 'm3', title: 'Handover', dueDate: '2028-06-30', responsibleOrganisationId: UNIVERSITY, deliverable: 'Final report', paymentShare: 0 }],
      attachmentIds: ['f1'],
    };
    expect(diffAgreementContent(CONTENT, later).changes).toEqual([
      { scope: 'AGREEMENT', subject: null, field: 'endsOn', before: '2027-12-31', after: '2028-06-30' },
      { scope: 'PARTY', subject: COMPANY, field: 'REMOVED', before: 'IMPLEMENTATION_PARTNER', after: null },
      { scope: 'PARTY', subject: PROVINCE, field: 'moneyContribution', before: '2000000000', after: '2500000000' },
      { scope: 'MILESTONE', subject: 'm1', field: 'dueDate', before: '2027-03-31', after: '2027-04-30' },
      { scope: 'MILESTONE', subject: 'm3', field: 'ADDED', before: null, after: 'Handover' },
      { scope: 'ATTACHMENT', subject: 'f1', field: 'ADDED', before: null, after: 'f1' },
    ]);
  });
});
