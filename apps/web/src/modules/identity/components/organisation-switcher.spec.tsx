import type { ApolloLink } from '@apollo/client';
import { screen, waitFor, within } from '@testing-library/react';
import { ACTIVE_ORGANISATION_STORAGE_KEY } from '@web/shared/session/active-organisation';
import { sessionMembership, sessionUser } from '@web/testing/identity';
import { organisationAnswer, organisationProfile, organisationsPage } from '@web/testing/organisations';
import { mockFetch, renderApp } from '@web/testing/render';

const university = sessionMembership({ organisationId: 'o-tdmu', name: 'Trường Đại học Thủ Dầu Một', shortName: 'TDMU', role: 'MEMBER' });
const enterprise = sessionMembership({ organisationId: 'o-becamex', name: 'Becamex IDC', role: 'OWNER', kind: 'ENTERPRISE' });
const lan = sessionUser({ memberships: [university, enterprise] });

/** Every operation sent, with the organisation header it carried. */
function recordOperations() {
  const sent: { name: string | undefined; organisation: string | undefined }[] = [];
  const onOperation = (operation: ApolloLink.Operation) => {
    const headers: Record<string, string> = operation.getContext().headers ?? {};
    sent.push({ name: operation.operationName, organisation: headers['X-Organisation-Id'] });
  };
  return { sent, onOperation };
}

describe('organisation switcher', () => {
  beforeEach(() => {
    mockFetch(() => Promise.resolve(Response.json({ status: 'ok', database: 'up' })));
  });

  it('sends the remembered organisation on every request, and switches to another for everything fetched next', async () => {
    localStorage.setItem(ACTIVE_ORGANISATION_STORAGE_KEY, 'o-becamex');
    const { sent, onOperation } = recordOperations();
    const { user } = renderApp({ me: lan, onOperation, mocks: [organisationsPage({ nodes: [] }), organisationsPage({ nodes: [] })] });

    const switcher = await screen.findByRole('button', { name: 'Tổ chức đang làm việc: Becamex IDC. Đổi tổ chức' });
    await waitFor(() => expect(sent.map((operation) => operation.name).sort()).toEqual(['Me', 'Organisations']));
    expect(sent.every((operation) => operation.organisation === 'o-becamex')).toBe(true);

    await user.click(switcher);
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: /Becamex IDC/ })).toHaveAttribute('aria-current', 'true');
    expect(within(menu).getByRole('menuitem', { name: /Trường Đại học Thủ Dầu Một/ })).toHaveTextContent('Thành viên');
    sent.length = 0;
    await user.click(within(menu).getByRole('menuitem', { name: /Trường Đại học Thủ Dầu Một/ }));

    expect(await screen.findByRole('button', { name: 'Tổ chức đang làm việc: Trường Đại học Thủ Dầu Một. Đổi tổ chức' })).toBeInTheDocument();
    expect(localStorage.getItem(ACTIVE_ORGANISATION_STORAGE_KEY)).toBe('o-tdmu');
    // The store was reset: what is on screen is fetched again, for the new organisation.
    await waitFor(() => expect(sent.map((operation) => operation.name).sort()).toEqual(['Me', 'Organisations']));
    expect(sent.every((operation) => operation.organisation === 'o-tdmu')).toBe(true);
  });

  it('forgets a remembered organisation the user no longer belongs to', async () => {
    localStorage.setItem(ACTIVE_ORGANISATION_STORAGE_KEY, 'o-left-long-ago');
    const { sent, onOperation } = recordOperations();
    const profile = organisationProfile({ id: 'o-tdmu', name: 'Trường Đại học Thủ Dầu Một', kind: 'UNIVERSITY', myRole: 'MEMBER' });
    const { user } = renderApp({ me: lan, onOperation, mocks: [organisationsPage({ nodes: [] }), organisationAnswer('o-tdmu', { organisation: profile })] });

    // The first membership acts by default.
    const switcher = await screen.findByRole('button', { name: 'Tổ chức đang làm việc: Trường Đại học Thủ Dầu Một. Đổi tổ chức' });
    await waitFor(() => expect(localStorage.getItem(ACTIVE_ORGANISATION_STORAGE_KEY)).toBeNull());

    sent.length = 0;
    await user.click(switcher);
    await user.click(await screen.findByRole('menuitem', { name: 'Hồ sơ tổ chức' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Trường Đại học Thủ Dầu Một' })).toBeInTheDocument();
    expect(sent).toEqual([{ name: 'Organisation', organisation: undefined }]);
  });

  it('offers to create an organisation to a user without one', async () => {
    renderApp({ me: sessionUser(), mocks: [organisationsPage({ nodes: [] })] });

    expect(await screen.findByRole('link', { name: 'Tạo tổ chức' })).toHaveAttribute('href', '/organisations/new');
  });

  it('offers sign-in and sign-up, coming back to the current page, when nobody is signed in', async () => {
    renderApp({ mocks: [organisationsPage({ nodes: [], kinds: ['STATE'] })], path: '/?kind=STATE' });

    expect(await screen.findByRole('link', { name: 'Đăng nhập' })).toHaveAttribute('href', '/sign-in?returnTo=%2F%3Fkind%3DSTATE');
    expect(screen.getByRole('link', { name: 'Đăng ký' })).toHaveAttribute('href', '/sign-up?returnTo=%2F%3Fkind%3DSTATE');
  });
});
