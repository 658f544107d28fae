import { suggestPartner } from './partner-suggestion';

describe('suggestPartner', () => {
  const base = { kind: 'UNIVERSITY' as const, eligibleKinds: ['UNIVERSITY', 'ENTERPRISE'] as const, consortiumKinds: ['ENTERPRISE'] as const, expertiseMatches: [], pastCollaborations: 0 };

  it('names every reason that holds', () => {
    expect(suggestPartner({ ...base, expertiseMatches: ['giao thông'], pastCollaborations: 1 })).toEqual({
      score: 0.4 * 0.5 + 0.3 + 0.2 * 0.5 + 0.1,
      reasons: ['ELIGIBLE_KIND', 'COMPLETES_HELIX', 'EXPERTISE_MATCH', 'PAST_COLLABORATION'],
    });
  });

  it('a kind the consortium lacks completes the triple helix even when the call does not admit it as lead', () => {
    const state = suggestPartner({ ...base, kind: 'STATE' });
    expect(state.reasons).toEqual(['COMPLETES_HELIX']);
    expect(state.score).toBe(0.3);
  });

  it('a kind already in the consortium brings no helix', () => {
    expect(suggestPartner({ ...base, kind: 'ENTERPRISE' })).toEqual({ score: 0.1, reasons: ['ELIGIBLE_KIND'] });
  });

  it('ranks matching expertise and past collaboration higher, capped at two of each', () => {
    const one = suggestPartner({ ...base, expertiseMatches: ['a'] }).score;
    const two = suggestPartner({ ...base, expertiseMatches: ['a', 'b'] }).score;
    const three = suggestPartner({ ...base, expertiseMatches: ['a', 'b', 'c'] }).score;
    expect(two).toBeGreaterThan(one);
    expect(three).toBe(two);
    expect(suggestPartner({ ...base, pastCollaborations: 5 }).score).toBe(1 - 0.4);
    expect(suggestPartner({ ...base, expertiseMatches: ['a', 'b'], pastCollaborations: 2 }).score).toBe(1);
  });
});
