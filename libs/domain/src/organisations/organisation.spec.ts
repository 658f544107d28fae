import { normaliseEmail } from '../identity/email';
import { canActPublicly, nextOrganisationStatus, ORGANISATION_STATUSES } from './organisation';

describe('organisations', () => {
  it('lets only a verified organisation act publicly', () => {
    expect(ORGANISATION_STATUSES.filter(canActPublicly)).toEqual(['VERIFIED']);
  });

  it('normalises e-mail addresses', () => {
    expect(normaliseEmail('  Lan.Ngo@TDMU.edu.vn ')).toBe('lan.ngo@tdmu.edu.vn');
  });
});

describe('nextOrganisationStatus', () => {
  it.each([
    ['PENDING', 'VERIFY', 'VERIFIED'],
    ['SUSPENDED', 'VERIFY', 'VERIFIED'],
    ['VERIFIED', 'VERIFY', undefined],
    ['PENDING', 'SUSPEND', 'SUSPENDED'],
    ['VERIFIED', 'SUSPEND', 'SUSPENDED'],
    ['SUSPENDED', 'SUSPEND', undefined],
  ] as const)('%s + %s → %s', (from, action, to) => {
    expect(nextOrganisationStatus(from, action)).toBe(to);
  });
});
