import { normaliseSearchText, recommend } from './project-search';

const now = new Date('2026-11-29T10:00:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe('normaliseSearchText', () => {
  it('trims and collapses whitespace', () => {
    expect(normaliseSearchText('  thong   minh \n')).toBe('thong minh');
    expect(normaliseSearchText(null)).toBe('');
  });
});

describe('recommend', () => {
  const base = { expertiseMatches: [], profileSimilarity: 0, pastDomain: false, invited: false, closesAt: inDays(30) };

  it('always says the organisation is eligible, and nothing more without signals', () => {
    expect(recommend(base, now)).toEqual({ score: 0, reasons: ['ELIGIBLE_KIND'] });
  });

  it('ranks expertise above profile text above past domain', () => {
    const expertise = recommend({ ...base, expertiseMatches: ['IoT', 'giao thông'] }, now);
    const profile = recommend({ ...base, profileSimilarity: 1 }, now);
    const past = recommend({ ...base, pastDomain: true }, now);
    expect(expertise.score).toBeGreaterThan(profile.score);
    expect(profile.score).toBeGreaterThan(past.score);
    expect(expertise.reasons).toContain('EXPERTISE_MATCH');
    expect(profile.reasons).toContain('PROFILE_MATCH');
    expect(past.reasons).toContain('PAST_DOMAIN');
  });

  it('flags invitations and calls closing within a week', () => {
    const result = recommend({ ...base, invited: true, closesAt: inDays(3) }, now);
    expect(result.reasons).toEqual(['ELIGIBLE_KIND', 'INVITED', 'CLOSING_SOON']);
    expect(result.score).toBeCloseTo(0.1);
  });

  it('stays between 0 and 1', () => {
    const result = recommend({ expertiseMatches: ['a', 'b', 'c'], profileSimilarity: 5, pastDomain: true, invited: true, closesAt: inDays(1) }, now);
    expect(result.score).toBeLessThanOrEqual(1);
  });
});
