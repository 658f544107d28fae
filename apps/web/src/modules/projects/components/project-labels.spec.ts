import {
  ELIGIBILITY_REASONS,
  LOCALES,
  ORGANISATION_KINDS,
  PROJECT_DOMAINS,
  PROJECT_KINDS,
  PROJECT_SORTS,
  PROJECT_STATUSES,
  PROJECT_VISIBILITIES,
  RECOMMENDATION_REASONS,
} from '@helix/domain';
import { i18n } from '@web/app/i18n';
import { projectLabels, type ProjectLabels } from './project-labels';

const ENUMS: [keyof ProjectLabels, readonly string[]][] = [
  ['kind', PROJECT_KINDS],
  ['domain', PROJECT_DOMAINS],
  ['status', PROJECT_STATUSES],
  ['visibility', PROJECT_VISIBILITIES],
  ['visibilityDescription', PROJECT_VISIBILITIES],
  ['eligibilityReason', ELIGIBILITY_REASONS],
  ['recommendationReason', RECOMMENDATION_REASONS],
  ['sort', PROJECT_SORTS],
  ['audience', ORGANISATION_KINDS],
];

describe('project labels', () => {
  it.each(LOCALES)('name every enum value in %s', (locale) => {
    const labels = projectLabels(i18n.getFixedT(locale, 'projects'));
    for (const [helper, values] of ENUMS) {
      const label = labels[helper] as (value: string) => string;
      const names = values.map((value) => label(value));
      for (const [index, name] of names.entries()) {
        // A missing key comes back as the key itself ("kinds.RESEARCH_CALL").
        expect([helper, values[index], name.includes('.') && name.includes(values[index] ?? '')]).toEqual([helper, values[index], false]);
        expect(name.trim().length).toBeGreaterThan(0);
      }
      // Two values never share a name.
      expect([helper, new Set(names).size]).toEqual([helper, values.length]);
    }
  });

  it('speaks the reader’s language', () => {
    const vi = projectLabels(i18n.getFixedT('vi', 'projects'));
    const en = projectLabels(i18n.getFixedT('en', 'projects'));
    expect(vi.kind('RESEARCH_CALL')).toBe('Đặt hàng nghiên cứu');
    expect(en.kind('RESEARCH_CALL')).toBe('Research call');
    expect(vi.status('CANCELLED')).toBe('Đã huỷ');
    expect(en.sort('CLOSING_SOON')).toBe('Closing soonest');
    expect(vi.audience('ENTERPRISE')).toBe('doanh nghiệp');
  });
});
