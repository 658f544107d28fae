import { screen, within } from '@testing-library/react';
import { CREATE_ORGANISATION_MUTATION } from '@web/modules/organisations/graphql/organisations';
import { ACTIVE_ORGANISATION_STORAGE_KEY } from '@web/shared/session/active-organisation';
import { meAnswer, sessionMembership, sessionUser } from '@web/testing/identity';
import { organisationAnswer, organisationProfile } from '@web/testing/organisations';
import { renderApp } from '@web/testing/render';

const created = organisationProfile({
  id: 'o-new',
  name: 'Trường Đại học Kinh tế Kỹ thuật Bình Dương',
  shortName: 'BETU',
  kind: 'UNIVERSITY',
  status: 'PENDING',
  registrationCode: '3700123456',
  website: 'https://ktkt.edu.vn/',
  descriptionVi: 'Đào tạo kỹ sư cho các khu công nghiệp.',
  descriptionEn: null,
  expertise: ['giao thông thông minh', 'IoT'],
  myRole: 'OWNER',
  version: 1,
});
const before = sessionUser();
const after = sessionUser({ memberships: [sessionMembership({ organisationId: 'o-new', name: created.name, shortName: 'BETU', status: 'PENDING' })] });

// A whole wizard, step by step, in jsdom.
jest.setTimeout(20_000);

describe('create-organisation wizard', () => {
  it('walks through kind, identity and description, creates the organisation and shows it awaiting verification', async () => {
    const createMutation = {
      request: {
        query: CREATE_ORGANISATION_MUTATION,
        variables: {
          input: {
            kind: 'UNIVERSITY',
            name: 'Trường Đại học Kinh tế Kỹ thuật Bình Dương',
            shortName: 'BETU',
            registrationCode: '3700123456',
            website: 'https://ktkt.edu.vn/',
            descriptionVi: 'Đào tạo kỹ sư cho các khu công nghiệp.',
            expertise: ['giao thông thông minh', 'IoT'],
          },
        },
      },
      result: jest.fn(() => ({ data: { createOrganisation: created } })),
    };
    const { user, router } = renderApp({
      path: '/organisations/new',
      me: false,
      mocks: [meAnswer(before), createMutation, meAnswer(after, Number.POSITIVE_INFINITY), organisationAnswer('o-new', { organisation: created })],
    });

    /** Pastes a text into a field (typing it key by key is slow in jsdom). */
    const fill = async (field: HTMLElement, text: string) => {
      await user.click(field);
      await user.paste(text);
    };
    expect(await screen.findByRole('heading', { level: 1, name: 'Tạo tổ chức' })).toBeInTheDocument();

    // Step 1: the kind is required.
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(await screen.findByText('Hãy chọn loại tổ chức.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Nhà trường/ }));
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));

    // Step 2: identity; the heading of the new step takes the focus.
    const identityHeading = await screen.findByRole('heading', { level: 2, name: 'Thông tin định danh' });
    expect(identityHeading).toHaveFocus();
    await fill(screen.getByRole('textbox', { name: /Trang web/ }), 'ktkt.edu.vn');
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(screen.getByRole('textbox', { name: /Tên đầy đủ/ })).toHaveAccessibleDescription(/Hãy nhập tên tổ chức./);
    expect(screen.getByRole('textbox', { name: /Trang web/ })).toHaveAccessibleDescription(/http:\/\/ hoặc https:\/\//);
    await fill(screen.getByRole('textbox', { name: /Tên đầy đủ/ }), '  Trường Đại học Kinh tế Kỹ thuật Bình Dương ');
    await fill(screen.getByRole('textbox', { name: /Tên viết tắt/ }), 'BETU');
    await fill(screen.getByRole('textbox', { name: /Mã số thuế/ }), '3700123456');
    await user.clear(screen.getByRole('textbox', { name: /Trang web/ }));
    await fill(screen.getByRole('textbox', { name: /Trang web/ }), 'https://ktkt.edu.vn/');
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));

    // Step 3: description in Vietnamese only, and expertise tags.
    await screen.findByRole('heading', { level: 2, name: 'Giới thiệu và chuyên môn' });
    await fill(screen.getByRole('textbox', { name: 'Giới thiệu (tiếng Việt)' }), 'Đào tạo kỹ sư cho các khu công nghiệp.');
    const expertise = screen.getByLabelText(/Lĩnh vực chuyên môn/, { selector: 'input' });
    await user.type(expertise, 'giao thông thông minh{Enter}IoT{Enter}iot{Enter}');
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));

    // Step 4: review, then create.
    await screen.findByRole('heading', { level: 2, name: 'Xem lại và tạo tổ chức' });
    expect(screen.getByText('Trường Đại học Kinh tế Kỹ thuật Bình Dương')).toBeInTheDocument();
    expect(screen.getByText('Chưa nhập')).toBeInTheDocument();
    expect(createMutation.result).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Tạo tổ chức' }));

    expect(await screen.findByRole('heading', { level: 1, name: created.name })).toBeInTheDocument();
    expect(createMutation.result).toHaveBeenCalledTimes(1);
    expect(router.state.location.pathname).toBe('/organisations/o-new');
    expect(localStorage.getItem(ACTIVE_ORGANISATION_STORAGE_KEY)).toBe('o-new');
    const banner = await screen.findByText('Tổ chức đang chờ xác minh');
    expect(banner.closest('[role="alert"]')).toHaveTextContent('chưa thể công bố, đề xuất hay ký kết');
    const nav = screen.getByRole('navigation', { name: 'Các trang của tổ chức' });
    expect(within(nav).getByRole('link', { name: 'Hồ sơ' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Thành viên' })).toHaveAttribute('href', '/organisations/o-new/members');
    expect(within(nav).getByRole('link', { name: 'Cài đặt' })).toHaveAttribute('href', '/organisations/o-new/settings');
  });
});
