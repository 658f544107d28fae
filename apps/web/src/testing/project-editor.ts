import { PROJECT_EDITOR_QUERY, type EditableProject } from '@web/modules/project-editor/graphql/project-editor';
import type { MockedResponses } from './render';

export const EDITOR_ORGANISATION_ID = '6f1c2a8e-3b7d-4c55-9a21-0d4e8b9f7a10';
export const EDITOR_PROJECT_ID = '0b8e7c1a-2f4d-4e6b-8a9c-1d2e3f4a5b6c';

/** A moment `days` from now, on a whole minute (what a datetime-local input can hold). */
export function daysFromNow(days: number): Date {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setSeconds(0, 0);
  return date;
}

export function editableProject(overrides: Partial<EditableProject> = {}): EditableProject {
  return {
    __typename: 'Project',
    id: EDITOR_PROJECT_ID,
    title: 'Cảnh báo ngập lụt đô thị theo thời gian thực',
    summary: 'Mạng cảm biến mực nước và bản đồ cảnh báo cho các tuyến đường hay ngập.',
    description: '## Bối cảnh\n\nMùa mưa năm 2024 có **14** điểm ngập.',
    kind: 'PILOT_TENDER',
    domain: 'WATER',
    indicators: [{ __typename: 'IcfIndicator', code: 'SUSTAINABILITY' }],
    budget: { __typename: 'Money', amount: 5_000_000_000, currency: 'VND' },
    location: 'Thành phố Thủ Dầu Một',
    eligibleKinds: ['UNIVERSITY', 'ENTERPRISE'],
    opensAt: null,
    closesAt: daysFromNow(30).toISOString(),
    sealed: true,
    visibility: 'PUBLIC',
    status: 'DRAFT',
    version: 4,
    viewerCanManage: true,
    owner: { __typename: 'Organisation', id: EDITOR_ORGANISATION_ID, name: 'Sở Xây dựng Bình Dương', shortName: 'SXD', status: 'VERIFIED' },
    criteria: [
      { __typename: 'ProjectCriterion', id: 'c-1', name: 'Giải pháp kỹ thuật', description: null, weight: 60 },
      { __typename: 'ProjectCriterion', id: 'c-2', name: 'Chi phí vận hành', description: 'Chi phí 5 năm.', weight: 40 },
    ],
    attachments: [],
    invitedOrganisations: [],
    ...overrides,
  };
}

export function projectEditorAnswer(project: EditableProject): MockedResponses[number] {
  return { request: { query: PROJECT_EDITOR_QUERY, variables: { id: project.id } }, result: { data: { project } } };
}

/** The item at `index`, failing the test when there is none (instead of a non-null assertion). */
export function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`Expected an item at index ${index} of ${items.length}`);
  return item;
}
