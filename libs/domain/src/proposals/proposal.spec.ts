import {
  canScore,
  effectiveProposalStatus,
  evaluationOutcome,
  PROPOSAL_STATUSES,
  type ProposalAction,
  type ProposalStatus,
  proposalTransition,
  rankProposals,
  submissionProblems,
  weightedScore,
} from './proposal';

describe('effectiveProposalStatus', () => {
  it('puts a submitted proposal under review once the project has closed', () => {
    expect(effectiveProposalStatus('SUBMITTED', 'OPEN')).toBe('SUBMITTED');
    expect(effectiveProposalStatus('SUBMITTED', 'EVALUATION')).toBe('UNDER_REVIEW');
    expect(effectiveProposalStatus('DRAFT', 'EVALUATION')).toBe('DRAFT');
    expect(effectiveProposalStatus('ACCEPTED', 'AWARDED')).toBe('ACCEPTED');
  });
});

describe('proposalTransition', () => {
  const allowed: Record<ProposalAction, Partial<Record<ProposalStatus, ProposalStatus>>> = {
    EDIT: { DRAFT: 'DRAFT', SUBMITTED: 'SUBMITTED', WITHDRAWN: 'WITHDRAWN' },
    SUBMIT: { DRAFT: 'SUBMITTED', SUBMITTED: 'SUBMITTED', WITHDRAWN: 'SUBMITTED' },
    WITHDRAW: { SUBMITTED: 'WITHDRAWN' },
    INVITE_PARTNER: { DRAFT: 'DRAFT', SUBMITTED: 'SUBMITTED', WITHDRAWN: 'WITHDRAWN' },
    ANSWER_PARTNERSHIP: { DRAFT: 'DRAFT', SUBMITTED: 'SUBMITTED', WITHDRAWN: 'WITHDRAWN' },
    SHORTLIST: { UNDER_REVIEW: 'SHORTLISTED' },
    ACCEPT: { UNDER_REVIEW: 'ACCEPTED', SHORTLISTED: 'ACCEPTED' },
    REJECT: { UNDER_REVIEW: 'REJECTED', SHORTLISTED: 'REJECTED' },
    REVIEW: { UNDER_REVIEW: 'UNDER_REVIEW', SHORTLISTED: 'SHORTLISTED' },
  };
  const proposerActions: ProposalAction[] = ['EDIT', 'SUBMIT', 'WITHDRAW', 'INVITE_PARTNER', 'ANSWER_PARTNERSHIP'];

  for (const [action, targets] of Object.entries(allowed) as [ProposalAction, Partial<Record<ProposalStatus, ProposalStatus>>][]) {
    const projectOpen = proposerActions.includes(action);
    for (const status of PROPOSAL_STATUSES) {
      const target = targets[status];
      it(`${action} from ${status} ${target ? `leads to ${target}` : 'is refused'}`, () => {
        const result = proposalTransition(status, action, projectOpen);
        expect(result).toEqual(target ? { ok: true, status: target } : { ok: false, code: 'INVALID_TRANSITION', status });
      });
    }
  }

  it('makes every proposer action DEADLINE_PASSED once the project has closed', () => {
    for (const action of proposerActions) {
      expect(proposalTransition('DRAFT', action, false)).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    }
  });
});

describe('submissionProblems', () => {
  const complete = { title: 'Cảm biến', abstract: 'Tóm tắt', approach: '# Cách làm', requestedBudget: 1_000_000_000, durationMonths: 12, partners: [{ status: 'CONFIRMED' as const }] };

  it('accepts a complete draft with confirmed partners', () => expect(submissionProblems(complete)).toEqual([]));

  it('lists everything missing', () => {
    expect(submissionProblems({ ...complete, title: ' ', approach: '', requestedBudget: null, durationMonths: null, partners: [{ status: 'PENDING' }, { status: 'DECLINED' }] })).toEqual([
      'TITLE_REQUIRED',
      'APPROACH_REQUIRED',
      'BUDGET_REQUIRED',
      'DURATION_REQUIRED',
      'PARTNER_DECLINED',
      'PARTNERS_UNCONFIRMED',
    ]);
  });
});

describe('weightedScore', () => {
  const criteria = [
    { id: 'tech', weight: 60 },
    { id: 'price', weight: 40 },
  ];

  it('computes Σ score × weight / 10 per reviewer, then the mean (by hand: 8·6 + 5·4 = 68; 6·6 + 9·4 = 72 → 70)', () => {
    expect(weightedScore(criteria, [{ tech: 8, price: 5 }, { tech: 6, price: 9 }])).toBe(70);
  });

  it('ignores a partial scoring sheet and is null without a complete one', () => {
    expect(weightedScore(criteria, [{ tech: 10 }])).toBeNull();
    expect(weightedScore(criteria, [{ tech: 10 }, { tech: 7, price: 7 }])).toBe(70);
  });

  it('gives 100 for full marks and rounds to two decimals', () => {
    expect(weightedScore(criteria, [{ tech: 10, price: 10 }])).toBe(100);
    expect(weightedScore([{ id: 'a', weight: 33 }, { id: 'b', weight: 67 }], [{ a: 7, b: 3 }, { a: 3, b: 8 }])).toBe(53.35); // (23.1 + 20.1 + 9.9 + 53.6) / 2
  });
});

describe('rankProposals', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 10, minute));
  it('ranks by score, earlier submission breaking ties, unscored last', () => {
    const ranked = rankProposals([
      { id: 'c', score: null, submittedAt: at(1) },
      { id: 'a', score: 70, submittedAt: at(5) },
      { id: 'b', score: 70, submittedAt: at(2) },
      { id: 'd', score: 90, submittedAt: at(9) },
    ]);
    expect(ranked.map((p) => [p.id, p.rank])).toEqual([
      ['d', 1],
      ['b', 2],
      ['a', 3],
      ['c', null],
    ]);
  });
});

describe('canScore and evaluationOutcome', () => {
  it('needs a declaration without a conflict before scoring', () => {
    expect(canScore('UNDECLARED')).toBe('DECLARATION_REQUIRED');
    expect(canScore('CONFLICT')).toBe('CONFLICT_OF_INTEREST');
    expect(canScore('NO_CONFLICT')).toBeUndefined();
  });

  it('awards when one proposal is accepted, and refuses while any is undecided', () => {
    expect(evaluationOutcome(['ACCEPTED', 'REJECTED', 'WITHDRAWN'])).toEqual({ ok: true, status: 'AWARDED' });
    expect(evaluationOutcome(['REJECTED', 'DRAFT'])).toEqual({ ok: true, status: 'UNSUCCESSFUL' });
    expect(evaluationOutcome([])).toEqual({ ok: true, status: 'UNSUCCESSFUL' });
    expect(evaluationOutcome(['ACCEPTED', 'SHORTLISTED'])).toEqual({ ok: false, reason: 'UNDECIDED_PROPOSALS' });
  });
});
