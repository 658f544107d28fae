import { screen, waitFor, within } from '@testing-library/react';
import { LOCALE_STORAGE_KEY } from '@web/app/i18n';
import { UPDATE_ME_MUTATION } from '@web/modules/identity/graphql/account';
import { sessionUser } from '@web/testing/identity';
import { organisationNode, organisationsPage } from '@web/testing/organisations';
import { mockFetch, renderApp } from '@web/testing/render';

describe('LanguageSwitcher', () => {
  beforeEach(() => {
    mockFetch(() => Promise.resolve(Response.json({ status: 'ok', database: 'up' })));
  });

  it('switches every text, <html lang> and the tab title to English, and remembers the choice', async () => {
    const { user } = renderApp({
      mocks: [organisationsPage({ nodes: [organisationNode({ id: 'o-1', name: 'Becamex IDC', kind: 'ENTERPRISE' })] })],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Cùng kiến tạo Bình Dương thông minh' })).toBeInTheDocument();
    expect(await screen.findByText('Doanh nghiệp', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('vi');
    expect(document.title).toBe('Trang chủ · Helix');

    const switcher = screen.getByRole('radiogroup', { name: 'Ngôn ngữ' });
    expect(within(switcher).getByRole('radio', { name: 'Tiếng Việt' })).toBeChecked();
    await user.click(within(switcher).getByRole('radio', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Building a smart Binh Duong together' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Ecosystem' })).toBeInTheDocument();
    expect(screen.getByText('Enterprise', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Language' })).toBeInTheDocument();
    expect(screen.queryByText('Hệ sinh thái')).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Home · Helix');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
  });

  it('names each language in itself, marked with its own lang', async () => {
    renderApp({ mocks: [organisationsPage({ nodes: [] })] });

    const switcher = await screen.findByRole('radiogroup', { name: 'Ngôn ngữ' });
    expect(within(switcher).getByText('English')).toHaveAttribute('lang', 'en');
    expect(within(switcher).getByText('Tiếng Việt')).toHaveAttribute('lang', 'vi');
  });

  it('keeps a signed-in user’s choice with the account', async () => {
    const lan = sessionUser();
    const saved: unknown[] = [];
    const { user } = renderApp({
      me: lan,
      mocks: [
        organisationsPage({ nodes: [] }),
        {
          request: { query: UPDATE_ME_MUTATION, variables: { input: { locale: 'en' } } },
          result: { data: { updateMe: { __typename: 'User', id: lan.id, fullName: lan.fullName, locale: 'en' } } },
        },
      ],
      onOperation: (operation) => {
        if (operation.operationName === 'UpdateMe') saved.push(operation.variables);
      },
    });

    // Signed in once the header shows the account menu.
    await screen.findByRole('button', { name: /^Tài khoản:/ });
    const switcher = screen.getByRole('radiogroup', { name: 'Ngôn ngữ' });
    await user.click(within(switcher).getByRole('radio', { name: 'English' }));

    expect(await screen.findByRole('radiogroup', { name: 'Language' })).toBeInTheDocument();
    await waitFor(() => expect(saved).toEqual([{ input: { locale: 'en' } }]));
    expect(document.documentElement.lang).toBe('en');
  });

  it('only switches the screen for a visitor who is not signed in', async () => {
    const operations: string[] = [];
    const { user } = renderApp({ mocks: [organisationsPage({ nodes: [] })], onOperation: (operation) => operations.push(operation.operationName ?? '') });

    const switcher = await screen.findByRole('radiogroup', { name: 'Ngôn ngữ' });
    await user.click(within(switcher).getByRole('radio', { name: 'English' }));

    expect(await screen.findByRole('radiogroup', { name: 'Language' })).toBeInTheDocument();
    expect(operations).not.toContain('UpdateMe');
  });
});
