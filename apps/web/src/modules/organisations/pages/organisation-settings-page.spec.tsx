import { screen, waitFor, within } from '@testing-library/react';
import { UPDATE_ORGANISATION_MUTATION } from '@web/modules/organisations/graphql/organisations';
import { sessionMembership, sessionUser } from '@web/testing/identity';
import { organisationAnswer, organisationProfile } from '@web/testing/organisations';
import { renderApp } from '@web/testing/render';

const ORG = 'o-tdmu';
const me = sessionUser({ memberships: [sessionMembership({ organisationId: ORG, name: 'Trường Đại học Thủ Dầu Một', role: 'ADMIN' })] });
const loaded = organisationProfile({ id: ORG, name: 'Trường Đại học Thủ Dầu Một', shortName: 'TDMU', kind: 'UNIVERSITY', myRole: 'ADMIN', version: 3 });
const theirs = { ...loaded, shortName: 'TDM University', descriptionVi: 'Bản giới thiệu do đồng nghiệp vừa lưu.', version: 4 };

describe('organisation settings', () => {
  it('sends only the changes with the version they were based on', async () => {
    const update = {
      request: { query: UPDATE_ORGANISATION_MUTATION, variables: { id: ORG, input: { shortName: 'TDMU Uni' }, expectedVersion: 3 } },
      result: jest.fn(() => ({ data: { updateOrganisation: { ...loaded, shortName: 'TDMU Uni', version: 4 } } })),
    };
    const { user } = renderApp({ path: `/organisations/${ORG}/settings`, me, mocks: [organisationAnswer(ORG, { organisation: loaded }), update] });

    const shortName = await screen.findByRole('textbox', { name: /Tên viết tắt/ });
    await user.clear(shortName);
    await user.type(shortName, 'TDMU Uni');
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    await waitFor(() => expect(update.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Đã lưu hồ sơ tổ chức.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lưu thay đổi' })).toBeDisabled();
  });

  it('on CONFLICT keeps the other person’s save, says so, and loads the latest version on request', async () => {
    const update = {
      request: { query: UPDATE_ORGANISATION_MUTATION, variables: { id: ORG, input: { shortName: 'Của tôi' }, expectedVersion: 3 } },
      result: jest.fn(() => ({ errors: [{ message: 'Tổ chức vừa được người khác cập nhật.', extensions: { code: 'CONFLICT' } }] })),
    };
    const { user } = renderApp({
      path: `/organisations/${ORG}/settings`,
      me,
      mocks: [organisationAnswer(ORG, { organisation: loaded }), update, organisationAnswer(ORG, { organisation: theirs })],
    });

    const shortName = await screen.findByRole('textbox', { name: /Tên viết tắt/ });
    await user.clear(shortName);
    await user.type(shortName, 'Của tôi');
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('Có người vừa lưu trước bạn');
    expect(conflict).toHaveTextContent('Tổ chức vừa được người khác cập nhật.');
    expect(conflict).toHaveTextContent('Thay đổi của bạn chưa được lưu.');
    // Nothing is retried behind the user's back, and their text stays until they choose.
    expect(update.result).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('textbox', { name: /Tên viết tắt/ })).toHaveValue('Của tôi');

    await user.click(within(conflict).getByRole('button', { name: 'Tải phiên bản mới nhất' }));

    await waitFor(() => expect(screen.getByRole('textbox', { name: /Tên viết tắt/ })).toHaveValue('TDM University'));
    expect(screen.getByRole('textbox', { name: 'Giới thiệu (tiếng Việt)' })).toHaveValue('Bản giới thiệu do đồng nghiệp vừa lưu.');
    expect(screen.queryByText('Có người vừa lưu trước bạn')).not.toBeInTheDocument();
    expect(update.result).toHaveBeenCalledTimes(1);
  });

  it('tells a plain member that settings are for owners and admins', async () => {
    const member = sessionUser({ memberships: [sessionMembership({ organisationId: ORG, name: loaded.name, role: 'MEMBER' })] });
    renderApp({ path: `/organisations/${ORG}/settings`, me: member, mocks: [organisationAnswer(ORG, { organisation: { ...loaded, myRole: 'MEMBER' } })] });

    expect(await screen.findByText('Chỉ chủ sở hữu và quản trị viên của tổ chức mới thay đổi được cài đặt.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu thay đổi' })).not.toBeInTheDocument();
  });
});
