import { screen, within } from '@testing-library/react';
import { MAIL_OUTBOX_QUERY, ADMIN_PAGE_SIZE } from '@web/modules/admin/graphql/admin';
import { sessionUser } from '@web/testing/identity';
import { renderApp, type MockedResponses } from '@web/testing/render';

const admin = sessionUser({ id: 'u-admin', email: 'admin@helix.test', fullName: 'Văn phòng chương trình', isPlatformAdmin: true });

const invitationText = [
  'Xin chào,',
  '',
  'Nguyễn Thị Lan mời bạn tham gia Trường Đại học Thủ Dầu Một: https://helix.example/invitations/accept?token=abc123.',
  '<img src=x onerror="window.pwned=true"> <a href="javascript:alert(1)">bấm vào đây</a> javascript:alert(2)',
].join('\n');

function outbox(): MockedResponses[number] {
  return {
    request: { query: MAIL_OUTBOX_QUERY, variables: { to: null, first: ADMIN_PAGE_SIZE } },
    result: {
      data: {
        mailOutbox: {
          __typename: 'MailMessageConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [
            {
              __typename: 'MailMessageEdge',
              cursor: 'c-1',
              node: {
                __typename: 'MailMessage',
                id: 'mail-1',
                to: 'chi.le@becamex.example',
                subject: 'Lời mời tham gia Trường Đại học Thủ Dầu Một',
                text: invitationText,
                template: 'invitation',
                locale: 'vi',
                createdAt: '2025-03-12T07:05:00Z',
                sentAt: '2025-03-12T07:05:01Z',
              },
            },
          ],
        },
      },
    },
  };
}

describe('mail preview', () => {
  it('shows each message as text with its web links clickable, never as HTML', async () => {
    renderApp({ path: '/admin/mail', me: admin, mocks: [outbox()] });

    const message = await screen.findByRole('article', { name: 'Lời mời tham gia Trường Đại học Thủ Dầu Một' });
    expect(message).toHaveTextContent('chi.le@becamex.example');

    const links = within(message).getAllByRole('link');
    expect(links).toHaveLength(1);
    // The sentence's full stop is not part of the address.
    expect(links[0]).toHaveAttribute('href', 'https://helix.example/invitations/accept?token=abc123');
    expect(links[0]).toHaveTextContent('https://helix.example/invitations/accept?token=abc123');

    // Markup in the text is shown as text: no image, no script link, nothing run.
    const body = within(message).getByTestId('mail-text');
    expect(body).toHaveTextContent('<img src=x onerror="window.pwned=true">');
    expect(body.querySelector('img, a[href^="javascript"]')).toBeNull();
    expect(Reflect.get(window, 'pwned')).toBeUndefined();
  });

  it('tells anyone but a platform administrator that the page is not for them', async () => {
    renderApp({ path: '/admin/mail', me: sessionUser() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Trang dành cho quản trị nền tảng' })).toBeInTheDocument();
  });
});
