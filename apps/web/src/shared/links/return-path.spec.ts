import { safeReturnPath, withReturnTo } from './return-path';

describe('safeReturnPath', () => {
  it('keeps a path of this site with its query', () => {
    expect(safeReturnPath('/invitations/accept?token=abc')).toBe('/invitations/accept?token=abc');
    expect(safeReturnPath('/organisations/1/members')).toBe('/organisations/1/members');
  });

  it.each(['//evil.example/path', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '', null, undefined])('refuses %p', (value) => {
    expect(safeReturnPath(value)).toBeUndefined();
  });
});

describe('withReturnTo', () => {
  it('adds the return path and extra parameters, leaving out the home page and empty values', () => {
    expect(withReturnTo('/sign-in', '/account')).toBe('/sign-in?returnTo=%2Faccount');
    expect(withReturnTo('/sign-in', '/')).toBe('/sign-in');
    expect(withReturnTo('/sign-up', '/invitations/accept?token=t', { email: 'a@b.vn', other: undefined })).toBe(
      '/sign-up?email=a%40b.vn&returnTo=%2Finvitations%2Faccept%3Ftoken%3Dt',
    );
  });
});
