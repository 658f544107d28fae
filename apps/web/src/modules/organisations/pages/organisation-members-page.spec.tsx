import { screen, within } from '@testing-library/react';
import type { MembershipRole } from '@helix/domain';
import { sessionMembership, sessionUser } from '@web/testing/identity';
import { invitationsAnswer, membersAnswer, organisationAnswer, organisationProfile } from '@web/testing/organisations';
import { renderApp } from '@web/testing/render';

const ORG = 'o-tdmu';
const people = {
  lan: { id: 'm-lan', userId: 'u-lan', fullName: 'Nguyễn Thị Lan', email: 'lan.nguyen@tdmu.edu.vn' },
  binh: { id: 'm-binh', userId: 'u-binh', fullName: 'Trần Văn Bình', email: 'binh.tran@tdmu.edu.vn' },
  chi: { id: 'm-chi', userId: 'u-chi', fullName: 'Lê Minh Chi', email: 'chi.le@tdmu.edu.vn' },
};
const roles: Record<keyof typeof people, MembershipRole> = { lan: 'OWNER', binh: 'ADMIN', chi: 'MEMBER' };
const members = (Object.keys(people) as (keyof typeof people)[]).map((key) => ({ ...people[key], role: roles[key] }));

function renderAs(key: keyof typeof people) {
  const person = people[key];
  const myRole = roles[key];
  const me = sessionUser({ id: person.userId, fullName: person.fullName, email: person.email, memberships: [sessionMembership({ organisationId: ORG, name: 'Trường Đại học Thủ Dầu Một', role: myRole })] });
  const profile = organisationProfile({ id: ORG, name: 'Trường Đại học Thủ Dầu Một', kind: 'UNIVERSITY', myRole });
  return renderApp({
    path: `/organisations/${ORG}/members`,
    me,
    mocks: [organisationAnswer(ORG, { organisation: profile }), membersAnswer(ORG, members), invitationsAnswer(ORG, [{ id: 'i-1', email: 'dung.pham@tdmu.edu.vn', role: 'MEMBER', status: 'PENDING' }])],
  });
}

async function memberRow(name: string) {
  return screen.findByRole('listitem', { name });
}

function roleOptions(select: HTMLElement) {
  return within(select)
    .getAllByRole('option')
    .map((option) => `${option.textContent}${option.hasAttribute('disabled') ? ' (disabled)' : ''}`);
}

describe('members page', () => {
  it('lets the only owner manage others but neither demote nor remove themself', async () => {
    renderAs('lan');

    const lan = await memberRow('Nguyễn Thị Lan');
    expect(within(lan).getByText('Bạn')).toBeInTheDocument();
    expect(within(lan).getByRole('combobox', { name: 'Vai trò của Nguyễn Thị Lan' })).toBeDisabled();
    expect(within(lan).getByRole('button', { name: 'Rời tổ chức' })).toBeDisabled();
    expect(lan).toHaveTextContent('Đây là chủ sở hữu duy nhất');

    const binh = await memberRow('Trần Văn Bình');
    const binhRole = within(binh).getByRole('combobox', { name: 'Vai trò của Trần Văn Bình' });
    expect(binhRole).toBeEnabled();
    expect(binhRole).toHaveValue('ADMIN');
    expect(roleOptions(binhRole)).toEqual(['Chủ sở hữu', 'Quản trị viên', 'Thành viên', 'Người xem']);
    expect(within(binh).getByRole('button', { name: 'Xoá Trần Văn Bình khỏi tổ chức' })).toBeEnabled();
    expect(binh).toHaveTextContent('binh.tran@tdmu.edu.vn');
    expect(binh).toHaveTextContent('Tham gia 12 tháng 3, 2025');

    expect(await screen.findByRole('listitem', { name: 'dung.pham@tdmu.edu.vn' })).toHaveTextContent('Đang chờ');
    expect(screen.getByRole('combobox', { name: 'Vai trò' })).toHaveTextContent('Chủ sở hữu');
  });

  it('keeps an admin away from the owner and from the OWNER role', async () => {
    renderAs('binh');

    const lan = await memberRow('Nguyễn Thị Lan');
    expect(within(lan).getByRole('combobox', { name: 'Vai trò của Nguyễn Thị Lan' })).toBeDisabled();
    expect(within(lan).getByRole('button', { name: 'Xoá Nguyễn Thị Lan khỏi tổ chức' })).toBeDisabled();

    const chi = await memberRow('Lê Minh Chi');
    const chiRole = within(chi).getByRole('combobox', { name: 'Vai trò của Lê Minh Chi' });
    expect(chiRole).toBeEnabled();
    expect(roleOptions(chiRole)).toEqual(['Chủ sở hữu (disabled)', 'Quản trị viên', 'Thành viên', 'Người xem']);
    expect(within(chi).getByRole('button', { name: 'Xoá Lê Minh Chi khỏi tổ chức' })).toBeEnabled();

    const binh = await memberRow('Trần Văn Bình');
    expect(within(binh).getByRole('button', { name: 'Rời tổ chức' })).toBeEnabled();

    // Only owners invite owners.
    const inviteRole = await screen.findByRole('combobox', { name: 'Vai trò' });
    expect(roleOptions(inviteRole)).toEqual(['Quản trị viên', 'Thành viên', 'Người xem']);
    expect(inviteRole).toHaveValue('MEMBER');
  });

  it('shows a plain member the list only, with a way to leave', async () => {
    renderAs('chi');

    const lan = await memberRow('Nguyễn Thị Lan');
    expect(within(lan).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(lan).getByText('Chủ sở hữu')).toBeInTheDocument();
    expect(within(lan).queryByRole('button')).not.toBeInTheDocument();
    expect(within(await memberRow('Lê Minh Chi')).getByRole('button', { name: 'Rời tổ chức' })).toBeEnabled();
    expect(screen.queryByRole('heading', { name: 'Lời mời' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Cài đặt' })).not.toBeInTheDocument();
  });
});
