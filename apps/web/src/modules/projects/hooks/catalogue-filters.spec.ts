import { catalogueVariables, EMPTY_FILTERS, endOfDay, filtersToParams, hasActiveFilters, parseFilters, startOfDay } from './catalogue-filters';

describe('catalogue filters in the address', () => {
  it('reads every filter, dropping what it does not know', () => {
    const filters = parseFilters(
      new URLSearchParams(
        'q=  giao   thông &kind=CHALLENGE&kind=NOPE&kind=RESEARCH_CALL&domain=ENERGY&indicator=BROADBAND&status=DRAFT&status=OPEN&eligible=ENTERPRISE&poster=STATE&closesFrom=2026-01-01&closesTo=bad&budgetMin=1000000&budgetMax=-5&sort=BUDGET_HIGH',
      ),
    );
    expect(filters).toEqual({
      search: 'giao thông',
      kinds: ['RESEARCH_CALL', 'CHALLENGE'],
      domains: ['ENERGY'],
      indicators: ['BROADBAND'],
      statuses: ['OPEN'],
      eligibleKinds: ['ENTERPRISE'],
      organisationKinds: ['STATE'],
      closesFrom: '2026-01-01',
      closesTo: '',
      budgetMin: 1_000_000,
      budgetMax: null,
      sort: 'BUDGET_HIGH',
    });
  });

  it('writes one canonical address per filter, and reads it back the same', () => {
    const filters = { ...EMPTY_FILTERS, search: 'IoT', kinds: ['CHALLENGE' as const, 'RESEARCH_CALL' as const], budgetMax: 5_000_000, sort: 'RELEVANCE' as const };
    const params = filtersToParams(filters);
    expect(params.toString()).toBe('q=IoT&kind=RESEARCH_CALL&kind=CHALLENGE&budgetMax=5000000&sort=RELEVANCE');
    expect(parseFilters(params)).toEqual({ ...filters, kinds: ['RESEARCH_CALL', 'CHALLENGE'] });
  });

  it('drops RELEVANCE without a search text', () => {
    expect(parseFilters(new URLSearchParams('sort=RELEVANCE')).sort).toBeNull();
    expect(filtersToParams({ ...EMPTY_FILTERS, sort: 'RELEVANCE' }).toString()).toBe('');
  });

  it('knows when something narrows the list (a sort alone does not)', () => {
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, sort: 'NEWEST' })).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, closesTo: '2026-05-01' })).toBe(true);
  });

  it('sends the GraphQL filter: whole days in the reader’s time zone, budgets in VND', () => {
    expect(catalogueVariables(EMPTY_FILTERS)).toEqual({ first: 12, filter: null, sort: null });
    expect(catalogueVariables({ ...EMPTY_FILTERS, domains: ['WATER'], closesFrom: '2026-01-01', closesTo: '2026-01-31', budgetMin: 1_000_000 }, 'c-1')).toEqual({
      first: 12,
      after: 'c-1',
      sort: null,
      filter: { domains: ['WATER'], closesAfter: startOfDay('2026-01-01'), closesBefore: endOfDay('2026-01-31'), budgetMin: 1_000_000, budgetCurrency: 'VND' },
    });
    expect(new Date(endOfDay('2026-01-31')).getTime() - new Date(startOfDay('2026-01-31')).getTime()).toBe(86_400_000 - 1);
  });
});
