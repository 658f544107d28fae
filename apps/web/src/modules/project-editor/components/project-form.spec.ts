import { editableProject, nth } from '@web/testing/project-editor';
import { isoToLocal, localToDate, localToIso } from './local-date-time';
import { formatMoney, fromMinorUnits, toMinorUnits } from './money';
import {
  createProjectInput,
  draftProblems,
  EMPTY_PROJECT,
  formPathOf,
  formValuesOf,
  publishIssues,
  stepOfPath,
  updateProjectInput,
  type ProjectFormValues,
} from './project-form';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const now = new Date();

describe('local date-times', () => {
  it('reads the input as local time and sends the matching UTC instant', () => {
    expect(localToIso('2026-03-12T09:30')).toBe(new Date(2026, 2, 12, 9, 30).toISOString());
    expect(isoToLocal(new Date(2026, 2, 12, 9, 30).toISOString())).toBe('2026-03-12T09:30');
  });

  it('refuses empty and impossible dates instead of rolling them over', () => {
    expect(localToIso('')).toBeNull();
    expect(localToDate('2026-02-31T10:00')).toBeUndefined();
  });
});

describe('money', () => {
  it('keeps đồng whole and turns dollars into cents', () => {
    expect(toMinorUnits(5_000_000_000, 'VND')).toBe(5_000_000_000);
    expect(toMinorUnits(1250.5, 'USD')).toBe(125_050);
    expect(toMinorUnits(12.345, 'USD')).toBeUndefined();
    expect(toMinorUnits(10.5, 'VND')).toBeUndefined();
    expect(fromMinorUnits(125_050, 'EUR')).toBe(1250.5);
  });

  it('formats in the reader’s language', () => {
    expect(plain(formatMoney(5_000_000_000, 'VND', 'vi'))).toBe('5.000.000.000 ₫');
    expect(formatMoney(125_050, 'USD', 'en')).toBe('US$1,250.50');
  });
});

describe('project form', () => {
  const filled: ProjectFormValues = {
    ...EMPTY_PROJECT,
    title: '  Bản đồ ngập lụt  ',
    kind: 'CHALLENGE',
    domain: 'WATER',
    indicators: ['SUSTAINABILITY', 'BROADBAND'],
    budgetAmount: 1250.5,
    budgetCurrency: 'USD',
    closesAt: '2026-03-12T17:00',
    criteria: [{ key: 'a', name: ' Tính khả thi ', description: '', weight: 100 }],
  };

  it('creates with the basics and what was filled in: integer budget, ISO dates, lists in a fixed order', () => {
    expect(createProjectInput(filled)).toEqual({
      title: 'Bản đồ ngập lụt',
      kind: 'CHALLENGE',
      domain: 'WATER',
      sealed: true,
      visibility: 'PUBLIC',
      indicators: ['BROADBAND', 'SUSTAINABILITY'],
      budget: { amount: 125_050, currency: 'USD' },
      closesAt: new Date(2026, 2, 12, 17, 0).toISOString(),
      criteria: [{ name: 'Tính khả thi', weight: 100 }],
    });
  });

  it('updates only what changed, clears emptied fields with null and sends lists whole', () => {
    const initial = formValuesOf(editableProject());
    const values: ProjectFormValues = { ...initial, location: ' ', budgetAmount: '', criteria: [nth(initial.criteria, 1), nth(initial.criteria, 0)] };
    expect(updateProjectInput(initial, values, false)).toEqual({
      location: null,
      budget: null,
      criteria: [
        { name: 'Chi phí vận hành', description: 'Chi phí 5 năm.', weight: 40 },
        { name: 'Giải pháp kỹ thuật', weight: 60 },
      ],
    });
    expect(updateProjectInput(initial, initial, false)).toEqual({});
  });

  it('keeps an open project’s terms out of the update', () => {
    const initial = formValuesOf(editableProject({ status: 'OPEN' }));
    const values: ProjectFormValues = { ...initial, title: 'Tên khác', summary: 'Tóm tắt đã sửa', sealed: false };
    expect(updateProjectInput(initial, values, true)).toEqual({ summary: 'Tóm tắt đã sửa' });
  });

  it('clears the invitation list when the project is no longer invitation-only', () => {
    const initial = formValuesOf(editableProject({ visibility: 'INVITED', invitedOrganisations: [{ __typename: 'Organisation', id: 'o-1', name: 'TDMU', shortName: null }] }));
    expect(updateProjectInput(initial, { ...initial, visibility: 'PLATFORM' }, false)).toEqual({ visibility: 'PLATFORM', invitedOrganisationIds: [] });
  });

  it('checks a draft with the server’s rules', () => {
    const problems = draftProblems(
      {
        ...EMPTY_PROJECT,
        budgetAmount: -1,
        opensAt: '2026-03-12T17:00',
        closesAt: '2026-03-10T17:00',
        criteria: [
          { key: 'a', name: 'Giá', description: '', weight: 0 },
          { key: 'b', name: 'giá', description: '', weight: 50 },
        ],
      },
      new Date(2026, 0, 1),
    );
    expect(problems.map((problem) => `${problem.path}:${problem.key}`)).toEqual([
      'title:REQUIRED',
      'kind:REQUIRED',
      'domain:REQUIRED',
      'budgetAmount:AMOUNT_INVALID',
      'opensAt:OPENS_AFTER_CLOSE',
      'criteria.0.weight:CRITERION_WEIGHT_INVALID',
      'criteria.1.name:CRITERION_NAME_DUPLICATE',
    ]);
  });

  it('says what publishing still needs, with the sum of the weights', () => {
    const values = { ...formValuesOf(editableProject()), summary: '', criteria: [{ key: 'a', name: 'Giá', description: '', weight: 90 }] };
    expect(publishIssues(values, now)).toEqual([
      { path: 'summary', key: 'REQUIRED', params: { sum: 90, max: 12 } },
      { path: 'criteria', key: 'CRITERIA_WEIGHTS_SUM', params: { sum: 90, max: 12 } },
    ]);
  });

  it('maps the fields the server names onto the wizard', () => {
    expect(formPathOf('criteria.1.weight')).toBe('criteria.1.weight');
    expect(formPathOf('budget.amount')).toBe('budgetAmount');
    expect(formPathOf('invitedOrganisationIds')).toBe('invited');
    expect(formPathOf('attachmentIds')).toBe('attachments');
    expect(formPathOf('nonsense')).toBeUndefined();
    expect(stepOfPath('criteria.1.weight')).toBe('criteria');
    expect(stepOfPath('closesAt')).toBe('schedule');
    expect(stepOfPath('budgetAmount')).toBe('scope');
  });
});
