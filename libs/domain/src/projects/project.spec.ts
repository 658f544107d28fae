import {
  checkCriteria,
  checkDeadlineExtension,
  effectiveProjectStatus,
  fieldLockedWhileOpen,
  PROJECT_STATUSES,
  type ProjectAction,
  type ProjectStatus,
  projectEligibility,
  projectTransition,
  publishProblems,
  type PublishDraft,
} from './project';

const now = new Date('2026-11-29T10:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe('effectiveProjectStatus', () => {
  it('turns OPEN into EVALUATION at the closing instant, not a moment later', () => {
    expect(effectiveProjectStatus('OPEN', later(1), now)).toBe('OPEN');
    expect(effectiveProjectStatus('OPEN', now, now)).toBe('EVALUATION');
    expect(effectiveProjectStatus('OPEN', later(-1), now)).toBe('EVALUATION');
  });

  it('leaves every other status alone', () => {
    for (const status of PROJECT_STATUSES.filter((s) => s !== 'OPEN')) {
      expect(effectiveProjectStatus(status, later(-100), now)).toBe(status);
    }
  });
});

describe('projectTransition', () => {
  // Every action from every status: the allowed ones and where they lead; all others refused.
  const allowed: Record<ProjectAction, Partial<Record<ProjectStatus, ProjectStatus>>> = {
    PUBLISH: { DRAFT: 'OPEN' },
    EXTEND_DEADLINE: { OPEN: 'OPEN' },
    CANCEL: { DRAFT: 'CANCELLED', OPEN: 'CANCELLED', EVALUATION: 'CANCELLED' },
    FINALIZE_AWARDED: { EVALUATION: 'AWARDED' },
    FINALIZE_UNSUCCESSFUL: { EVALUATION: 'UNSUCCESSFUL' },
    EDIT: { DRAFT: 'DRAFT', OPEN: 'OPEN' },
    ASK: { OPEN: 'OPEN' },
    ANSWER: { OPEN: 'OPEN' },
  };

  for (const [action, targets] of Object.entries(allowed) as [ProjectAction, Partial<Record<ProjectStatus, ProjectStatus>>][]) {
    for (const status of PROJECT_STATUSES) {
      const target = targets[status];
      if (target) {
        it(`${action} from ${status} leads to ${target}`, () => {
          expect(projectTransition(status, action)).toEqual({ ok: true, status: target });
        });
      } else {
        it(`${action} from ${status} is refused`, () => {
          const result = projectTransition(status, action);
          expect(result.ok).toBe(false);
        });
      }
    }
  }

  it('says DEADLINE_PASSED when an open-only action meets a closed call', () => {
    expect(projectTransition('EVALUATION', 'EXTEND_DEADLINE')).toEqual({ ok: false, code: 'DEADLINE_PASSED', status: 'EVALUATION' });
    expect(projectTransition('EVALUATION', 'ASK')).toMatchObject({ code: 'DEADLINE_PASSED' });
    expect(projectTransition('EVALUATION', 'EDIT')).toMatchObject({ code: 'DEADLINE_PASSED' });
  });

  it('says INVALID_TRANSITION otherwise', () => {
    expect(projectTransition('AWARDED', 'CANCEL')).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(projectTransition('OPEN', 'PUBLISH')).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(projectTransition('CANCELLED', 'EXTEND_DEADLINE')).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(projectTransition('DRAFT', 'FINALIZE_AWARDED')).toMatchObject({ code: 'INVALID_TRANSITION' });
  });
});

describe('checkCriteria', () => {
  it('accepts whole weights summing to 100', () => {
    expect(checkCriteria([{ name: 'Giải pháp', weight: 60 }, { name: 'Giá', weight: 40 }])).toBeUndefined();
  });

  it.each([
    [[], 'CRITERIA_REQUIRED'],
    [[{ name: 'a', weight: 50 }, { name: 'b', weight: 40 }], 'CRITERIA_WEIGHTS_SUM'],
    [[{ name: 'a', weight: 50.5 }, { name: 'b', weight: 49.5 }], 'CRITERION_WEIGHT_INVALID'],
    [[{ name: 'a', weight: 0 }, { name: 'b', weight: 100 }], 'CRITERION_WEIGHT_INVALID'],
    [[{ name: 'Giá', weight: 50 }, { name: 'giá ', weight: 50 }], 'CRITERION_NAME_DUPLICATE'],
    [Array.from({ length: 13 }, (_, i) => ({ name: `c${i}`, weight: 1 })), 'CRITERIA_TOO_MANY'],
  ])('refuses %j with %s', (criteria, problem) => {
    expect(checkCriteria(criteria)).toBe(problem);
  });
});

describe('publishProblems', () => {
  const draft: PublishDraft = {
    title: 'Thí điểm giao thông thông minh',
    summary: 'Đèn tín hiệu thích ứng',
    eligibleKinds: ['ENTERPRISE'],
    criteria: [{ name: 'Kỹ thuật', weight: 70 }, { name: 'Giá', weight: 30 }],
    closesAt: later(86_400),
    opensAt: null,
    visibility: 'PUBLIC',
    invitedCount: 0,
  };

  it('accepts a complete draft', () => {
    expect(publishProblems(draft, now)).toEqual([]);
  });

  it('needs a closing time in the future', () => {
    expect(publishProblems({ ...draft, closesAt: null }, now)).toEqual([{ field: 'closesAt', key: 'REQUIRED' }]);
    expect(publishProblems({ ...draft, closesAt: now }, now)).toEqual([{ field: 'closesAt', key: 'CLOSING_TIME_NOT_FUTURE' }]);
  });

  it('needs an opening before the closing, a summary, eligible kinds and valid criteria', () => {
    expect(publishProblems({ ...draft, opensAt: later(90_000) }, now)).toEqual([{ field: 'opensAt', key: 'OPENS_AFTER_CLOSE' }]);
    expect(publishProblems({ ...draft, summary: ' ' }, now)).toEqual([{ field: 'summary', key: 'REQUIRED' }]);
    expect(publishProblems({ ...draft, eligibleKinds: [] }, now)).toEqual([{ field: 'eligibleKinds', key: 'REQUIRED' }]);
    expect(publishProblems({ ...draft, criteria: [{ name: 'x', weight: 90 }] }, now)).toEqual([{ field: 'criteria', key: 'CRITERIA_WEIGHTS_SUM' }]);
  });

  it('needs invited organisations for an invitation-only call', () => {
    expect(publishProblems({ ...draft, visibility: 'INVITED' }, now)).toEqual([{ field: 'invitedOrganisationIds', key: 'INVITATION_LIST_EMPTY' }]);
    expect(publishProblems({ ...draft, visibility: 'INVITED', invitedCount: 2 }, now)).toEqual([]);
  });
});

describe('checkDeadlineExtension', () => {
  const current = later(3600);
  it('accepts a later closing time', () => expect(checkDeadlineExtension(current, later(7200), now)).toBeUndefined());
  it('refuses the same or an earlier one', () => {
    expect(checkDeadlineExtension(current, current, now)).toBe('DEADLINE_NOT_LATER');
    expect(checkDeadlineExtension(current, later(60), now)).toBe('DEADLINE_NOT_LATER');
  });
  it('refuses more than two years ahead', () => expect(checkDeadlineExtension(current, later(800 * 86_400), now)).toBe('CLOSING_TIME_TOO_FAR'));
});

describe('fieldLockedWhileOpen', () => {
  it('allows corrections and added documents only', () => {
    expect(fieldLockedWhileOpen(['summary', 'description', 'location', 'attachmentIds'])).toBeUndefined();
    expect(fieldLockedWhileOpen(['description', 'criteria'])).toBe('criteria');
    expect(fieldLockedWhileOpen(['budget'])).toBe('budget');
    expect(fieldLockedWhileOpen(['closesAt'])).toBe('closesAt');
  });
});

describe('projectEligibility', () => {
  const project = { ownerId: 'owner', status: 'OPEN' as const, eligibleKinds: ['ENTERPRISE' as const], opensAt: null };
  const company = { id: 'company', kind: 'ENTERPRISE' as const, status: 'VERIFIED' as const, role: 'MEMBER' as const };

  it('lets a verified, eligible organisation respond', () => {
    expect(projectEligibility(project, company, true, now)).toEqual({ eligible: true });
  });

  it.each([
    ['anonymous', project, company, false, 'SIGN_IN_REQUIRED'],
    ['no organisation', project, null, true, 'NO_ORGANISATION'],
    ['the owner', { ...project, ownerId: 'company' }, company, true, 'OWN_PROJECT'],
    ['a university on an enterprises-only call', project, { ...company, kind: 'UNIVERSITY' as const }, true, 'KIND_NOT_ELIGIBLE'],
    ['a pending organisation', project, { ...company, status: 'PENDING' as const }, true, 'ORGANISATION_PENDING'],
    ['a suspended organisation', project, { ...company, status: 'SUSPENDED' as const }, true, 'ORGANISATION_SUSPENDED'],
    ['a viewer', project, { ...company, role: 'VIEWER' as const }, true, 'ROLE_TOO_LOW'],
    ['after the closing time', { ...project, status: 'EVALUATION' as const }, company, true, 'DEADLINE_PASSED'],
    ['a cancelled call', { ...project, status: 'CANCELLED' as const }, company, true, 'NOT_OPEN'],
    ['before the opening time', { ...project, opensAt: later(60) }, company, true, 'NOT_YET_OPEN'],
  ])('refuses %s', (_label, subject, organisation, signedIn, reason) => {
    expect(projectEligibility(subject, organisation, signedIn, now)).toEqual({ eligible: false, reason });
  });
});
