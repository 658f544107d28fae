import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PROJECT_EDITOR_CREATE_MUTATION, PROJECT_EDITOR_PUBLISH_MUTATION } from '@web/modules/project-editor/graphql/project-editor';
import { isoToLocal } from '@web/modules/project-editor/components/local-date-time';
import { sessionMembership, sessionUser } from '@web/testing/identity';
import { daysFromNow, EDITOR_ORGANISATION_ID, editableProject, nth } from '@web/testing/project-editor';
import { icfIndicatorsAnswer } from '@web/testing/projects';
import { renderApp } from '@web/testing/render';

const me = sessionUser({ memberships: [sessionMembership({ organisationId: EDITOR_ORGANISATION_ID, name: 'Sở Xây dựng Bình Dương', kind: 'STATE', role: 'MEMBER' })] });

// A whole wizard, step by step, in jsdom.
// Whole-form interactions in jsdom are slow on a busy machine: the limit guards against a hang, it measures nothing.
jest.setTimeout(90_000);

describe('project wizard: creating', () => {
  it('asks for the basics before moving on, and checks the schedule with the server’s rules', async () => {
    const { user } = renderApp({ path: '/projects/new', me, mocks: [icfIndicatorsAnswer()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng dự án mới' })).toBeInTheDocument();
    expect(screen.getByText(/bản nháp của Sở Xây dựng Bình Dương/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));

    expect(screen.getByRole('textbox', { name: /Tên dự án/ })).toHaveAccessibleDescription(/Trường này là bắt buộc./);
    expect(screen.getByRole('textbox', { name: /Tên dự án/ })).toHaveFocus();
    expect(screen.getAllByText('Trường này là bắt buộc.')).toHaveLength(3);
    expect(screen.getByRole('heading', { level: 2, name: 'Thông tin chính của dự án' })).toBeInTheDocument();

    await user.click(screen.getByRole('textbox', { name: /Tên dự án/ }));
    await user.paste('Bản đồ ngập lụt');
    await user.click(screen.getByRole('radio', { name: /Thử thách mở/ }));
    await user.click(screen.getByRole('combobox', { name: /Lĩnh vực đô thị thông minh/ }));
    await user.click(await screen.findByRole('option', { name: 'Cấp thoát nước' }));
    // Straight to the schedule: the steps in between have nothing required.
    await user.click(screen.getByRole('button', { name: /Thời gian và truy cập/ }));
    await screen.findByRole('heading', { level: 2, name: 'Thời gian nhận hồ sơ và quyền truy cập' });

    fireEvent.change(screen.getByLabelText(/Mở nhận hồ sơ từ/), { target: { value: isoToLocal(daysFromNow(20)) } });
    fireEvent.change(screen.getByLabelText(/Hạn chót nhận hồ sơ/), { target: { value: isoToLocal(daysFromNow(10)) } });
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(await screen.findByText('Thời điểm mở phải trước thời điểm đóng.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Thời gian nhận hồ sơ và quyền truy cập' })).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText(/Hạn chót nhận hồ sơ/), { target: { value: isoToLocal(daysFromNow(1000)) } });
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(await screen.findByText('Thời điểm đóng tối đa 730 ngày kể từ hôm nay.')).toBeInTheDocument();
  });

  it('walks every step and creates a draft with the right variables, then keeps editing it', async () => {
    const opensAt = daysFromNow(2);
    const closesAt = daysFromNow(40);
    const input = {
      title: 'Bản đồ ngập lụt thời gian thực',
      kind: 'PILOT_TENDER',
      domain: 'WATER',
      sealed: false,
      visibility: 'PLATFORM',
      summary: 'Cảm biến mực nước cho 14 điểm ngập.',
      description: '## Bối cảnh\n\nMùa mưa có **14** điểm ngập.',
      indicators: ['BROADBAND', 'SUSTAINABILITY'],
      eligibleKinds: ['UNIVERSITY', 'ENTERPRISE'],
      location: 'Thủ Dầu Một',
      budget: { amount: 5_000_000_000, currency: 'VND' },
      opensAt: opensAt.toISOString(),
      closesAt: closesAt.toISOString(),
      criteria: [
        { name: 'Giải pháp kỹ thuật', weight: 70 },
        { name: 'Chi phí', description: 'Tổng chi phí 5 năm.', weight: 30 },
      ],
    };
    const created = editableProject({
      id: 'p-new',
      title: input.title,
      summary: input.summary,
      description: input.description,
      sealed: false,
      visibility: 'PLATFORM',
      version: 1,
    });
    const create = {
      request: { query: PROJECT_EDITOR_CREATE_MUTATION, variables: { input } },
      result: jest.fn(() => ({ data: { createProject: created } })),
    };
    const { user, router } = renderApp({ path: '/projects/new', me, mocks: [icfIndicatorsAnswer(), create] });
    const fill = async (field: HTMLElement, text: string) => {
      await user.click(field);
      await user.paste(text);
    };
    const next = () => user.click(screen.getByRole('button', { name: 'Tiếp tục' }));

    // 1. Basics.
    await fill(await screen.findByRole('textbox', { name: /Tên dự án/ }), ' Bản đồ ngập lụt thời gian thực ');
    await user.click(screen.getByRole('radio', { name: /Mời thầu thí điểm/ }));
    await user.click(screen.getByRole('combobox', { name: /Lĩnh vực đô thị thông minh/ }));
    await user.click(await screen.findByRole('option', { name: 'Cấp thoát nước' }));
    await fill(screen.getByRole('textbox', { name: /Tóm tắt/ }), 'Cảm biến mực nước cho 14 điểm ngập.');
    expect(screen.getByRole('textbox', { name: /Tóm tắt/ })).toHaveAccessibleDescription(/35\/600 ký tự/);
    await next();

    // 2. Description.
    await screen.findByRole('heading', { level: 2, name: 'Mô tả chi tiết' });
    await fill(screen.getByRole('textbox', { name: /Mô tả \(Markdown\)/ }), input.description);
    await next();

    // 3. Scope: indicator names come from the API.
    await screen.findByRole('heading', { level: 2, name: 'Phạm vi, đối tượng và kinh phí' });
    await user.click(await screen.findByRole('checkbox', { name: /Phát triển bền vững/ }));
    await user.click(screen.getByRole('checkbox', { name: /Kết nối băng thông rộng/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Doanh nghiệp' }));
    await user.click(screen.getByRole('checkbox', { name: 'Nhà trường' }));
    await fill(screen.getByRole('textbox', { name: /Địa điểm/ }), 'Thủ Dầu Một');
    await user.type(screen.getByRole('textbox', { name: /Kinh phí dự kiến/ }), '5000000000');
    expect(screen.getByRole('textbox', { name: /Kinh phí dự kiến/ })).toHaveValue('5.000.000.000');
    expect(screen.getByTestId('budget-formatted')).toHaveTextContent(/5\.000\.000\.000\s₫/);
    await next();

    // 4. Schedule and access.
    await screen.findByRole('heading', { level: 2, name: 'Thời gian nhận hồ sơ và quyền truy cập' });
    fireEvent.change(screen.getByLabelText(/Mở nhận hồ sơ từ/), { target: { value: isoToLocal(opensAt) } });
    fireEvent.change(screen.getByLabelText(/Hạn chót nhận hồ sơ/), { target: { value: isoToLocal(closesAt) } });
    await user.click(screen.getByRole('radio', { name: /Không niêm phong/ }));
    await user.click(screen.getByRole('radio', { name: /Thành viên nền tảng/ }));
    expect(screen.queryByRole('textbox', { name: /Tổ chức được mời/ })).not.toBeInTheDocument();
    await next();

    // 5. Criteria: the first row takes the whole 100, the live total follows the weights.
    await screen.findByRole('heading', { level: 2, name: 'Tiêu chí đánh giá' });
    await user.click(screen.getByRole('button', { name: 'Thêm tiêu chí' }));
    await user.click(screen.getByRole('button', { name: 'Thêm tiêu chí' }));
    const names = screen.getAllByRole('textbox', { name: /Tên tiêu chí/ });
    const weights = screen.getAllByRole('textbox', { name: /Trọng số/ });
    await fill(nth(names, 0), 'Chi phí');
    await fill(nth(screen.getAllByRole('textbox', { name: /Cách chấm/ }), 0), 'Tổng chi phí 5 năm.');
    await fill(nth(names, 1), 'Giải pháp kỹ thuật');
    await user.clear(nth(weights, 0));
    await user.type(nth(weights, 0), '30');
    await user.type(nth(weights, 1), '60');
    const total = screen.getByTestId('criteria-total');
    expect(total).toHaveTextContent('Tổng: 90/100');
    expect(total).toHaveTextContent('Tổng trọng số các tiêu chí phải bằng 100 (hiện là 90).');
    await user.clear(nth(weights, 1));
    await user.type(nth(weights, 1), '70');
    expect(total).toHaveTextContent('Tổng: 100/100');
    await user.click(screen.getByRole('button', { name: 'Đưa tiêu chí 2 lên trên' }));
    expect(screen.getAllByRole('textbox', { name: /Tên tiêu chí/ })[0]).toHaveValue('Giải pháp kỹ thuật');
    await next();

    // 6. Documents (none), 7. review.
    await screen.findByRole('heading', { level: 2, name: 'Tài liệu đính kèm' });
    await next();
    await screen.findByRole('heading', { level: 2, name: 'Xem lại trước khi lưu' });
    expect(screen.getByText('Sẵn sàng công bố')).toBeInTheDocument();
    const scope = screen.getByRole('region', { name: 'Phạm vi' });
    expect(within(scope).getByText(/5\.000\.000\.000\s₫/)).toBeInTheDocument();
    expect(within(scope).getByText('Kết nối băng thông rộng, Phát triển bền vững')).toBeInTheDocument();
    expect(create.result).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/projects/p-new/edit'));
    expect(create.result).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Đã lưu bản nháp.')).toBeInTheDocument();
    // The editor of the new draft opens on the step the user saved from, without asking again.
    expect(await screen.findByRole('heading', { level: 1, name: 'Chỉnh sửa dự án' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Xem lại trước khi lưu' })).toBeInTheDocument();
  });

  it('publishing right after creating: a refusal leaves the user editing the new draft, told why', async () => {
    const closesAt = daysFromNow(30);
    const input = {
      title: 'Thử thách dữ liệu mở',
      kind: 'CHALLENGE',
      domain: 'E_GOVERNMENT',
      sealed: true,
      visibility: 'PUBLIC',
      summary: 'Ứng dụng từ dữ liệu mở của tỉnh.',
      eligibleKinds: ['ENTERPRISE'],
      closesAt: closesAt.toISOString(),
      criteria: [{ name: 'Tính sáng tạo', weight: 100 }],
    };
    const created = editableProject({ id: 'p-new', title: input.title, version: 1 });
    const create = { request: { query: PROJECT_EDITOR_CREATE_MUTATION, variables: { input } }, result: jest.fn(() => ({ data: { createProject: created } })) };
    const publish = {
      request: { query: PROJECT_EDITOR_PUBLISH_MUTATION, variables: { id: 'p-new', expectedVersion: 1 } },
      result: jest.fn(() => ({ errors: [{ message: 'Bạn không có quyền thực hiện thao tác này.', extensions: { code: 'FORBIDDEN' } }] })),
    };
    const { user, router } = renderApp({ path: '/projects/new', me, mocks: [icfIndicatorsAnswer(), create, publish] });
    const fill = async (field: HTMLElement, text: string) => {
      await user.click(field);
      await user.paste(text);
    };

    await fill(await screen.findByRole('textbox', { name: /Tên dự án/ }), input.title);
    await user.click(screen.getByRole('radio', { name: /Thử thách mở/ }));
    await user.click(screen.getByRole('combobox', { name: /Lĩnh vực đô thị thông minh/ }));
    await user.click(await screen.findByRole('option', { name: 'Chính quyền số' }));
    await fill(screen.getByRole('textbox', { name: /Tóm tắt/ }), input.summary);
    await user.click(screen.getByRole('button', { name: /Phạm vi/ }));
    await user.click(await screen.findByRole('checkbox', { name: 'Doanh nghiệp' }));
    await user.click(screen.getByRole('button', { name: /Thời gian và truy cập/ }));
    fireEvent.change(await screen.findByLabelText(/Hạn chót nhận hồ sơ/), { target: { value: isoToLocal(closesAt) } });
    await user.click(screen.getByRole('button', { name: /Tiêu chí/ }));
    await user.click(await screen.findByRole('button', { name: 'Thêm tiêu chí' }));
    expect(screen.getByRole('textbox', { name: /Trọng số/ })).toHaveValue('100');
    await fill(screen.getByRole('textbox', { name: /Tên tiêu chí/ }), 'Tính sáng tạo');
    await user.click(screen.getByRole('button', { name: /Xem lại/ }));
    expect(await screen.findByText('Sẵn sàng công bố')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lưu và công bố' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/projects/p-new/edit'));
    expect(await screen.findByText('Bạn không có quyền thực hiện thao tác này.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Xem lại trước khi lưu' })).toBeInTheDocument();
    expect(create.result).toHaveBeenCalledTimes(1);
    expect(publish.result).toHaveBeenCalledTimes(1);
  });

  it('lets a pending organisation prepare drafts but says why it cannot publish yet', async () => {
    const pending = sessionUser({ memberships: [sessionMembership({ organisationId: EDITOR_ORGANISATION_ID, name: 'Công ty Cổ phần Nước Bình Dương', kind: 'ENTERPRISE', status: 'PENDING' })] });
    const { user } = renderApp({ path: '/projects/new', me: pending, mocks: [icfIndicatorsAnswer()] });

    await user.click(await screen.findByRole('textbox', { name: /Tên dự án/ }));
    await user.paste('Đồng hồ nước thông minh');
    await user.click(screen.getByRole('radio', { name: /Đề nghị hợp tác/ }));
    await user.click(screen.getByRole('combobox', { name: /Lĩnh vực đô thị thông minh/ }));
    await user.click(await screen.findByRole('option', { name: 'Cấp thoát nước' }));
    await user.click(screen.getByRole('button', { name: /Xem lại/ }));
    expect(await screen.findByRole('button', { name: 'Lưu và công bố' })).toBeDisabled();
    expect(screen.getByText(/Tổ chức đang chờ xác minh: có thể chuẩn bị nhưng chưa thể công bố/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lưu nháp' })).toBeEnabled();
  });

  it('sends someone without an organisation to create one first', async () => {
    renderApp({ path: '/projects/new', me: sessionUser() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bạn chưa thuộc tổ chức nào' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Tạo tổ chức' })).toHaveAttribute('href', '/organisations/new');
  });
});
