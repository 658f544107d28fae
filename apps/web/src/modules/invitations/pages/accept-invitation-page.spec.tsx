import { screen, waitFor } from '@testing-library/react';
import type { InvitationStatus } from '@helix/domain';
import { ACCEPT_INVITATION_MUTATION, INVITATION_PREVIEW_QUERY } from '@web/modules/invitations/graphql/invitations';
import { ACTIVE_ORGANISATION_STORAGE_KEY } from '@web/shared/session/active-organisation';
import { meAnswer, sessionMembership, sessionUser } from '@web/testing/identity';
import { invitationsAnswer, membersAnswer, organisationAnswer, organisationProfile } from '@web/testing/organisations';
import { renderApp, type MockedResponses } from '@web/testing/render';

const TOKEN = 'tok-123';
const path = `/invitations/accept?token=${TOKEN}`;
const invited = 'binh.tran@becamex.example';

function preview(status: InvitationStatus): MockedResponses[number] {
  return {
    request: { query: INVITATION_PREVIEW_QUERY, variables: { token: TOKEN } },
    result: {
      data: {
        invitation: {
          __typename: 'InvitationPreview',
          organisationName: 'Trường Đại học Thủ Dầu Một',
          organisationKind: 'UNIVERSITY',
          email: invited,
          role: 'MEMBER',
          status,
          expiresAt: '2025-03-19T12:00:00Z',
        },
      },
    },
  };
}

describe('invitation page', () => {
  it('explains an expired invitation instead of offering to accept it', async () => {
    renderApp({ path, mocks: [preview('EXPIRED')] });

    expect(await screen.findByText('Lời mời đã hết hạn')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Lời mời tham gia Trường Đại học Thủ Dầu Một' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nhận lời mời' })).not.toBeInTheDocument();
  });

  it('says an unknown link is not valid', async () => {
    renderApp({
      path,
      mocks: [{ request: { query: INVITATION_PREVIEW_QUERY, variables: { token: TOKEN } }, result: { errors: [{ message: 'Không tìm thấy lời mời.', extensions: { code: 'NOT_FOUND' } }] } }],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Liên kết mời không hợp lệ' })).toBeInTheDocument();
  });

  it('sends a signed-out visitor to sign in or sign up with the invited address, and back here', async () => {
    renderApp({ path, mocks: [preview('PENDING')] });

    const back = `returnTo=${encodeURIComponent(path)}`;
    const email = `email=${encodeURIComponent(invited)}`;
    expect(await screen.findByText(/Để nhận lời mời, hãy đăng nhập bằng tài khoản binh.tran@becamex.example/)).toBeInTheDocument();
    const links = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(links).toContain(`/sign-in?${email}&${back}`);
    expect(links).toContain(`/sign-up?${email}&${back}`);
    expect(screen.queryByRole('button', { name: 'Nhận lời mời' })).not.toBeInTheDocument();
  });

  it('tells a user signed in with another address to switch account', async () => {
    renderApp({ path, me: sessionUser({ email: 'someone.else@tdmu.edu.vn' }), mocks: [preview('PENDING')] });

    expect(await screen.findByText('Lời mời dành cho tài khoản khác')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Đăng xuất và đổi tài khoản' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nhận lời mời' })).not.toBeInTheDocument();
  });

  it('accepts, acts for the organisation joined and opens its members', async () => {
    const before = sessionUser({ id: 'u-binh', email: 'Binh.Tran@becamex.example', memberships: [sessionMembership({ organisationId: 'o-becamex', name: 'Becamex IDC', kind: 'ENTERPRISE' })] });
    const after = { ...before, memberships: [...before.memberships, sessionMembership({ organisationId: 'o-tdmu', name: 'Trường Đại học Thủ Dầu Một', role: 'MEMBER' })] };
    const profile = organisationProfile({ id: 'o-tdmu', name: 'Trường Đại học Thủ Dầu Một', kind: 'UNIVERSITY', myRole: 'MEMBER' });
    const { user, router } = renderApp({
      path,
      me: false,
      mocks: [
        meAnswer(before),
        preview('PENDING'),
        {
          request: { query: ACCEPT_INVITATION_MUTATION, variables: { token: TOKEN } },
          result: { data: { acceptInvitation: { __typename: 'Membership', id: 'm-new', role: 'MEMBER', organisation: { __typename: 'Organisation', id: 'o-tdmu', name: 'Trường Đại học Thủ Dầu Một' } } } },
        },
        meAnswer(after, Number.POSITIVE_INFINITY),
        preview('ACCEPTED'),
        organisationAnswer('o-tdmu', { organisation: profile }),
        membersAnswer('o-tdmu', [{ id: 'm-new', role: 'MEMBER', userId: 'u-binh', fullName: before.fullName, email: invited }]),
        invitationsAnswer('o-tdmu', []),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Nhận lời mời' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/organisations/o-tdmu/members'));
    expect(localStorage.getItem(ACTIVE_ORGANISATION_STORAGE_KEY)).toBe('o-tdmu');
    expect(await screen.findByRole('listitem', { name: before.fullName })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tổ chức đang làm việc: Trường Đại học Thủ Dầu Một. Đổi tổ chức' })).toBeInTheDocument();
  });
});
