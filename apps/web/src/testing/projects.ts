import type { ProjectStatus } from '@helix/domain';
import type { IcfIndicatorsQuery, ProjectCardFragment, ProjectDetailsFragment, ProjectsQuery, RecommendedProjectsQuery } from '@web/gql/graphql';
import {
  ICF_INDICATORS_QUERY,
  MY_PROJECTS_QUERY,
  PROJECT_QUERY,
  PROJECTS_QUERY,
  RECOMMENDED_PROJECTS_QUERY,
} from '@web/modules/projects/graphql/projects';
import { catalogueVariables, EMPTY_FILTERS, type CatalogueFilters } from '@web/modules/projects/hooks/catalogue-filters';
import { myProjectsVariables } from '@web/modules/projects/hooks/use-my-projects';
import { RECOMMENDATIONS_COUNT } from '@web/modules/projects/pages/for-you-page';
import type { MockedResponses } from './render';

type Facets = ProjectsQuery['projects']['facets'];
type Indicator = IcfIndicatorsQuery['icfIndicators'][number];

/** A moment `days` from now (negative: in the past), as the API writes it. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

const INDICATORS: Record<'vi' | 'en', Indicator[]> = {
  vi: [
    { __typename: 'IcfIndicator', code: 'BROADBAND', name: 'Kết nối băng thông rộng', description: 'Hạ tầng kết nối tốc độ cao cho người dân và doanh nghiệp.' },
    { __typename: 'IcfIndicator', code: 'KNOWLEDGE_WORKFORCE', name: 'Lực lượng lao động tri thức', description: 'Nguồn nhân lực có kỹ năng số.' },
    { __typename: 'IcfIndicator', code: 'INNOVATION', name: 'Đổi mới sáng tạo', description: 'Hệ sinh thái khởi nghiệp và nghiên cứu.' },
    { __typename: 'IcfIndicator', code: 'DIGITAL_EQUALITY', name: 'Bình đẳng số', description: 'Mọi người đều tiếp cận được công nghệ.' },
    { __typename: 'IcfIndicator', code: 'SUSTAINABILITY', name: 'Phát triển bền vững', description: 'Tăng trưởng hài hoà với môi trường.' },
    { __typename: 'IcfIndicator', code: 'ENGAGEMENT', name: 'Sự tham gia của cộng đồng', description: 'Người dân cùng tham gia kiến tạo đô thị.' },
  ],
  en: [
    { __typename: 'IcfIndicator', code: 'BROADBAND', name: 'Broadband', description: 'High-speed connectivity for residents and businesses.' },
    { __typename: 'IcfIndicator', code: 'KNOWLEDGE_WORKFORCE', name: 'Knowledge workforce', description: 'A workforce with digital skills.' },
    { __typename: 'IcfIndicator', code: 'INNOVATION', name: 'Innovation', description: 'Start-ups and research.' },
    { __typename: 'IcfIndicator', code: 'DIGITAL_EQUALITY', name: 'Digital equality', description: 'Technology within everyone’s reach.' },
    { __typename: 'IcfIndicator', code: 'SUSTAINABILITY', name: 'Sustainability', description: 'Growth in harmony with the environment.' },
    { __typename: 'IcfIndicator', code: 'ENGAGEMENT', name: 'Engagement', description: 'Residents shaping their city.' },
  ],
};

/** `icfIndicators` in Vietnamese, as often as it is asked (one answer per language otherwise). */
export function icfIndicatorsAnswer(locale: 'vi' | 'en' = 'vi', maxUsageCount = Number.POSITIVE_INFINITY): MockedResponses[number] {
  return { request: { query: ICF_INDICATORS_QUERY }, result: { data: { icfIndicators: INDICATORS[locale] } }, maxUsageCount };
}

export function indicator(code: Indicator['code'], locale: 'vi' | 'en' = 'vi'): Indicator {
  const found = INDICATORS[locale].find((entry) => entry.code === code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
}

export const OWNER = { __typename: 'Organisation' as const, id: '6f1c2a8e-3b7d-4c55-9a21-0d4e8b9f7a10', name: 'Sở Giao thông Vận tải Bình Dương', shortName: 'SGTVT', kind: 'STATE' as const };

export function projectCard(overrides: Partial<ProjectCardFragment> & Pick<ProjectCardFragment, 'id' | 'title'>): ProjectCardFragment {
  return {
    __typename: 'Project',
    summary: '',
    kind: 'PILOT_TENDER',
    domain: 'MOBILITY',
    status: 'OPEN',
    visibility: 'PUBLIC',
    eligibleKinds: ['ENTERPRISE'],
    closesAt: daysFromNow(3.5),
    publishedAt: '2025-03-12T12:00:00Z',
    budget: { __typename: 'Money', amount: 1_500_000_000, currency: 'VND' },
    indicators: [{ __typename: 'IcfIndicator', code: 'BROADBAND' }],
    owner: OWNER,
    ...overrides,
  };
}

const facetList = (counts: Record<string, number>) => Object.entries(counts).map(([value, count]) => ({ __typename: 'FacetCount' as const, value, count }));

export function facets(counts: Partial<Record<'kinds' | 'domains' | 'indicators' | 'statuses' | 'eligibleKinds' | 'organisationKinds', Record<string, number>>> = {}): Facets {
  return {
    __typename: 'ProjectFacets',
    kinds: facetList(counts.kinds ?? {}),
    domains: facetList(counts.domains ?? {}),
    indicators: facetList(counts.indicators ?? {}),
    statuses: facetList(counts.statuses ?? {}),
    eligibleKinds: facetList(counts.eligibleKinds ?? {}),
    organisationKinds: facetList(counts.organisationKinds ?? {}),
  };
}

interface PageOptions {
  nodes: ProjectCardFragment[];
  filters?: Partial<CatalogueFilters>;
  after?: string;
  totalCount?: number;
  endCursor?: string | null;
  hasNextPage?: boolean;
  facets?: Facets;
  /** The search words matched nothing and these are similar spellings. */
  approximate?: boolean;
}

const connection = ({ nodes, totalCount, endCursor = null, hasNextPage = false }: PageOptions) => ({
  __typename: 'ProjectConnection' as const,
  totalCount: totalCount ?? nodes.length,
  edges: nodes.map((node) => ({ __typename: 'ProjectEdge' as const, cursor: `cursor-${node.id}`, node })),
  pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
});

/** The variables the catalogue sends for `filters` (the empty filter when none). */
export function projectsVariables(filters: Partial<CatalogueFilters> = {}, after?: string) {
  return catalogueVariables({ ...EMPTY_FILTERS, ...filters }, after);
}

/** One page of the catalogue as the API answers it. */
export function projectsPage(options: PageOptions): MockedResponses[number] {
  return {
    request: { query: PROJECTS_QUERY, variables: projectsVariables(options.filters, options.after) },
    result: { data: { projects: { ...connection(options), approximate: options.approximate ?? false, facets: options.facets ?? facets() } } },
  };
}

export function myProjectsPage(options: Omit<PageOptions, 'filters' | 'facets' | 'approximate'> & { status?: ProjectStatus | null }): MockedResponses[number] {
  return {
    request: { query: MY_PROJECTS_QUERY, variables: myProjectsVariables(options.status ?? null, options.after) },
    result: { data: { projects: { ...connection(options), edges: connection(options).edges.map((edge) => ({ ...edge, node: { ...edge.node, updatedAt: '2025-03-12T12:00:00Z' } })) } } },
  };
}

export function recommendedAnswer(recommendations: RecommendedProjectsQuery['recommendedProjects']): MockedResponses[number] {
  return { request: { query: RECOMMENDED_PROJECTS_QUERY, variables: { first: RECOMMENDATIONS_COUNT } }, result: { data: { recommendedProjects: recommendations } } };
}

export const PROJECT_ID = '0b9c3f2e-5a41-4f7d-8e63-2c1d9a7b4e55';

export function projectDetails(overrides: Partial<ProjectDetailsFragment> = {}): ProjectDetailsFragment {
  return {
    __typename: 'Project',
    id: PROJECT_ID,
    title: 'Thí điểm đèn tín hiệu giao thông thông minh',
    summary: 'Điều khiển đèn tín hiệu theo lưu lượng thực tế tại 12 nút giao.',
    description: '## Bối cảnh\n\nÙn tắc giờ cao điểm trên **Đại lộ Bình Dương**.',
    kind: 'PILOT_TENDER',
    domain: 'MOBILITY',
    status: 'OPEN',
    visibility: 'PUBLIC',
    eligibleKinds: ['ENTERPRISE'],
    location: 'Thành phố Thủ Dầu Một',
    opensAt: null,
    closesAt: daysFromNow(10.5),
    sealed: true,
    cancellationReason: null,
    publishedAt: '2025-03-12T12:00:00Z',
    cancelledAt: null,
    decidedAt: null,
    createdAt: '2025-03-10T08:00:00Z',
    updatedAt: '2025-03-12T12:00:00Z',
    version: 3,
    viewerCanManage: false,
    budget: { __typename: 'Money', amount: 2_000_000_000, currency: 'VND' },
    indicators: [indicator('BROADBAND'), indicator('SUSTAINABILITY')],
    owner: OWNER,
    criteria: [
      { __typename: 'ProjectCriterion', id: 'c-1', name: 'Giải pháp kỹ thuật', description: 'Độ chín của công nghệ', weight: 60 },
      { __typename: 'ProjectCriterion', id: 'c-2', name: 'Chi phí', description: null, weight: 40 },
    ],
    attachments: [
      {
        __typename: 'FileAttachment',
        id: 'f-1',
        name: 'dieu-khoan-tham-chieu.pdf',
        contentType: 'application/pdf',
        size: 245_760,
        sha256: 'ab'.repeat(32),
        url: '/api/files/f-1',
        createdAt: '2025-03-12T12:00:00Z',
      },
    ],
    questions: [
      {
        __typename: 'ProjectQuestion',
        id: 'q-1',
        text: 'Có cần tích hợp với trung tâm điều hành hiện có không?',
        answer: 'Có, qua API của Trung tâm IOC.',
        askedAt: '2025-03-13T09:00:00Z',
        answeredAt: '2025-03-14T09:00:00Z',
        askedByYou: false,
      },
    ],
    eligibility: { __typename: 'ProjectEligibility', eligible: true, reason: null, message: null },
    ...overrides,
  };
}

export function projectAnswer(project: ProjectDetailsFragment, maxUsageCount = 1): MockedResponses[number] {
  return { request: { query: PROJECT_QUERY, variables: { id: project.id } }, result: { data: { project } }, maxUsageCount };
}

export function projectError(id: string, message: string, extensions: Record<string, string>): MockedResponses[number] {
  return { request: { query: PROJECT_QUERY, variables: { id } }, result: { errors: [{ message, extensions }] } };
}
