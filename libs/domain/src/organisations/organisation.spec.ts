import { normaliseEmail } from '../identity/email';
import { canActPublicly, ORGANISATION_STATUSES } from './organisation';

describe('organisations', () => {
  it('lets only a verified organisation act publicly', () => {
    expect(ORGANISATION_STATUSES.filter(canActPublicly)).toEqual(['VERIFIED']);
  });

  it('normalises e-mail addresses', () => {
    expect(normaliseEmail('  Lan.Ngo@TDMU.edu.vn ')).toBe('lan.ngo@tdmu.edu.vn');
  });
});
