import { screen, waitFor, within } from '@testing-library/react';
import { SIGN_UP_MUTATION } from '@web/modules/identity/graphql/session';
import { meAnswer, sessionUser } from '@web/testing/identity';
import { renderApp } from '@web/testing/render';

const person = { fullName: 'Trần Văn Bình', email: 'binh.tran@becamex.example', password: 'Binh-mat-khau-dai-2026' };

describe('sign-up page', () => {
  it('prefills the invited address, preselects the screen’s language even when it changes, and comes back', async () => {
    const binh = sessionUser({ id: 'u-binh', ...person, locale: 'en' });
    const signUp = {
      request: { query: SIGN_UP_MUTATION, variables: { input: { ...person, locale: 'en' } } },
      result: jest.fn(() => ({ data: { signUp: { __typename: 'AuthPayload', user: binh } } })),
    };
    const returnTo = '/invitations/accept?token=t-1';
    const { user, router } = renderApp({
      path: `/sign-up?email=${encodeURIComponent(person.email)}&returnTo=${encodeURIComponent(returnTo)}`,
      me: false,
      mocks: [meAnswer(null), signUp, meAnswer(binh, Number.POSITIVE_INFINITY)],
    });

    expect(await screen.findByRole('textbox', { name: 'E-mail' })).toHaveValue(person.email);
    const preference = screen.getByRole('radiogroup', { name: 'Ngôn ngữ ưa dùng' });
    expect(within(preference).getByRole('radio', { name: 'Tiếng Việt' })).toBeChecked();

    // The reader switches the screen to English after the page opened.
    await user.click(within(screen.getByRole('banner')).getByRole('radio', { name: 'English' }));
    expect(within(await screen.findByRole('radiogroup', { name: 'Preferred language' })).getByRole('radio', { name: 'English' })).toBeChecked();

    await user.type(screen.getByRole('textbox', { name: 'Full name' }), person.fullName);
    await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), person.password);
    await user.click(screen.getByRole('button', { name: 'Create the account' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/invitations/accept'));
    expect(signUp.result).toHaveBeenCalledTimes(1);
  });

  it('checks the password length before asking the server', async () => {
    const { user } = renderApp({ path: '/sign-up' });

    await user.type(await screen.findByRole('textbox', { name: 'Họ và tên' }), person.fullName);
    await user.type(screen.getByRole('textbox', { name: 'E-mail' }), person.email);
    await user.type(screen.getByLabelText(/^Mật khẩu/, { selector: 'input' }), 'ngan');
    await user.click(screen.getByRole('button', { name: 'Tạo tài khoản' }));

    expect(screen.getByLabelText(/^Mật khẩu/, { selector: 'input' })).toHaveAccessibleDescription(/Mật khẩu cần ít nhất 10 ký tự./);
  });
});
