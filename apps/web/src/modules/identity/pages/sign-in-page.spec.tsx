import { screen, waitFor } from '@testing-library/react';
import { SIGN_IN_MUTATION } from '@web/modules/identity/graphql/session';
import { meAnswer, sessionMembership, sessionUser } from '@web/testing/identity';
import { mockFetch, renderApp, type MockedResponses } from '@web/testing/render';
import { SESSION_HINT_STORAGE_KEY } from '@web/shared/session/session-hint';

const credentials = { email: 'lan.nguyen@tdmu.edu.vn', password: 'mat-khau-rat-dai-2026' };

function signInAnswer(result: MockedResponses[number]['result']): MockedResponses[number] {
  return { request: { query: SIGN_IN_MUTATION, variables: { input: credentials } }, result };
}

/** A password input has no role; its label also carries the required mark. */
const passwordInput = () => screen.getByLabelText(/^Mật khẩu/, { selector: 'input' });

async function fillAndSubmit(user: ReturnType<typeof renderApp>['user']) {
  // Pasted: typing key by key is slow in jsdom.
  await user.click(await screen.findByRole('textbox', { name: 'E-mail' }));
  await user.paste(credentials.email);
  await user.click(passwordInput());
  await user.paste(credentials.password);
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('sign-in page', () => {
  beforeEach(() => {
    mockFetch(() => Promise.resolve(Response.json({ status: 'ok', database: 'up' })));
  });

  it('shows a refusal naming a field next to that field, not as an alert', async () => {
    const { user } = renderApp({
      path: '/sign-in',
      mocks: [signInAnswer({ errors: [{ message: 'Mật khẩu không đúng.', extensions: { code: 'BAD_USER_INPUT', field: 'input.password' } }] })],
    });

    await fillAndSubmit(user);

    const password = passwordInput();
    await waitFor(() => expect(password).toHaveAccessibleDescription('Mật khẩu không đúng.'));
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'E-mail' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says how long to wait when sign-in is rate limited, and holds the button back', async () => {
    const { user } = renderApp({
      path: '/sign-in',
      mocks: [
        signInAnswer({
          errors: [{ message: 'Bạn đã đăng nhập sai quá nhiều lần.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 120 } }],
        }),
      ],
    });

    await fillAndSubmit(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Bạn đã đăng nhập sai quá nhiều lần.');
    expect(alert).toHaveTextContent('Bạn có thể thử lại sau 2 phút.');
    expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeDisabled();
  });

  it('shows other refusals (wrong credentials) as an alert', async () => {
    const { user } = renderApp({
      path: '/sign-in',
      mocks: [signInAnswer({ errors: [{ message: 'E-mail hoặc mật khẩu không đúng.', extensions: { code: 'UNAUTHENTICATED' } }] })],
    });

    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('E-mail hoặc mật khẩu không đúng.');
    expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeEnabled();
  });

  it('checks the form before asking the server', async () => {
    const { user } = renderApp({ path: '/sign-in' });

    await user.type(await screen.findByRole('textbox', { name: 'E-mail' }), 'not-an-address');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveAccessibleDescription('Hãy nhập một địa chỉ e-mail hợp lệ.');
    expect(passwordInput()).toHaveAccessibleDescription('Hãy nhập mật khẩu.');
  });

  it('signs in, switches to the user’s language and returns to the page that asked', async () => {
    const lan = sessionUser({ locale: 'en', memberships: [sessionMembership({ organisationId: 'o-tdmu', name: 'Trường Đại học Thủ Dầu Một' })] });
    const { user, router } = renderApp({
      path: '/sign-in?returnTo=%2Faccount',
      me: false,
      mocks: [meAnswer(null), signInAnswer({ data: { signIn: { __typename: 'AuthPayload', user: lan } } }), meAnswer(lan, Number.POSITIVE_INFINITY)],
    });

    await fillAndSubmit(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(SESSION_HINT_STORAGE_KEY)).toBe('1');
  });

  it('refuses to return to another site after signing in', async () => {
    const lan = sessionUser();
    const { user, router } = renderApp({
      path: '/sign-in?returnTo=%2F%2Fevil.example%2F',
      me: false,
      mocks: [meAnswer(null), signInAnswer({ data: { signIn: { __typename: 'AuthPayload', user: lan } } }), meAnswer(lan, Number.POSITIVE_INFINITY)],
    });

    await fillAndSubmit(user);

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('sends signed-out visitors of a protected page to sign in, with the way back', async () => {
    const { router } = renderApp({ path: '/organisations/new' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?returnTo=%2Forganisations%2Fnew');
    expect(screen.getByRole('link', { name: 'Quên mật khẩu?' })).toHaveAttribute('href', '/forgot-password');
  });
});
