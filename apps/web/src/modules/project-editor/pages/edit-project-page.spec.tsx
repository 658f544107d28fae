import { screen, waitFor, within } from '@testing-library/react';
import {
  PROJECT_EDITOR_PUBLISH_MUTATION,
  PROJECT_EDITOR_UPDATE_MUTATION,
} from '@web/modules/project-editor/graphql/project-editor';
import { invitableVariables } from '@web/modules/project-editor/hooks/use-invitable-organisations';
import { PROJECT_EDITOR_ORGANISATIONS_QUERY } from '@web/modules/project-editor/graphql/project-editor';
import { sessionMembership, sessionUser } from '@web/testing/identity';
import { EDITOR_ORGANISATION_ID, EDITOR_PROJECT_ID, editableProject, nth, projectEditorAnswer } from '@web/testing/project-editor';
import { icfIndicatorsAnswer } from '@web/testing/projects';
import { mockFetch, renderApp } from '@web/testing/render';

const me = sessionUser({ memberships: [sessionMembership({ organisationId: EDITOR_ORGANISATION_ID, name: 'Sở Xây dựng Bình Dương', kind: 'STATE', role: 'ADMIN' })] });
const path = `/projects/${EDITOR_PROJECT_ID}/edit`;
const draft = editableProject();

jest.setTimeout(30_000);

type Update = { input: Record<string, unknown>; expectedVersion: number };
type Answer = { data: Record<string, unknown> } | { errors: { message: string; extensions: Record<string, string> }[] };
const updateMock = ({ input, expectedVersion }: Update, result: () => Answer) => ({
  request: { query: PROJECT_EDITOR_UPDATE_MUTATION, variables: { id: EDITOR_PROJECT_ID, input, expectedVersion } },
  result: jest.fn(result),
});
const refusal = (message: string, code: string, field?: string): Answer => {
  const extensions: Record<string, string> = field ? { code, field } : { code };
  return { errors: [{ message, extensions }] };
};

describe('project wizard: editing', () => {
  it('shows an open project’s terms read-only and sends only the corrections it allows', async () => {
    const open = editableProject({ status: 'OPEN', version: 7 });
    const update = updateMock({ input: { summary: 'Tóm tắt đã sửa lỗi chính tả.' }, expectedVersion: 7 }, () => ({
      data: { updateProject: { ...open, summary: 'Tóm tắt đã sửa lỗi chính tả.', version: 8 } },
    }));
    const { user } = renderApp({ path, me, mocks: [projectEditorAnswer(open), icfIndicatorsAnswer(), update] });

    expect(await screen.findByText('Dự án đang mở nhận hồ sơ')).toBeInTheDocument();
    const title = screen.getByRole('textbox', { name: /Tên dự án/ });
    expect(title).toHaveAttribute('readonly');
    expect(title).toHaveAccessibleDescription(/Đã cố định khi dự án đang mở/);
    expect(screen.getByRole('radio', { name: /Mời thầu thí điểm/ })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: /Lĩnh vực/ })).toHaveAttribute('readonly');

    const summary = screen.getByRole('textbox', { name: /Tóm tắt/ });
    expect(summary).not.toHaveAttribute('readonly');
    await user.clear(summary);
    await user.click(summary);
    await user.paste('Tóm tắt đã sửa lỗi chính tả.');

    await user.click(screen.getByRole('button', { name: /Thời gian và truy cập/ }));
    expect(await screen.findByLabelText(/Hạn chót nhận hồ sơ/)).toHaveAttribute('readonly');
    expect(screen.getByRole('radio', { name: /Niêm phong/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /Tiêu chí/ }));
    expect(await screen.findAllByRole('textbox', { name: /Tên tiêu chí/ })).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Thêm tiêu chí' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Xoá tiêu chí/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    await waitFor(() => expect(update.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Đã lưu thay đổi.')).toBeInTheDocument();
    // No publish button on an open project.
    expect(screen.queryByRole('button', { name: 'Lưu và công bố' })).not.toBeInTheDocument();
  });

  it('keeps an open project’s published documents and adds uploaded ones (sent with the owner’s organisation)', async () => {
    const file = (id: string, name: string) => ({ id, name, contentType: 'application/pdf', size: 2048, sha256: 'a'.repeat(64), url: `/api/files/${id}`, createdAt: '2026-03-01T08:00:00.000Z' });
    const published = file('11111111-1111-4111-8111-111111111111', 'Điều khoản tham chiếu.pdf');
    const added = file('22222222-2222-4222-8222-222222222222', 'Bản đồ điểm ngập.pdf');
    const open = editableProject({ status: 'OPEN', version: 7, attachments: [{ __typename: 'FileAttachment', ...published }] });
    const update = updateMock({ input: { attachmentIds: [published.id, added.id] }, expectedVersion: 7 }, () => ({
      data: { updateProject: { ...open, attachments: [published, added].map((entry) => ({ __typename: 'FileAttachment', ...entry })), version: 8 } },
    }));
    const upload = mockFetch(() => Promise.resolve(Response.json(added, { status: 201 })));
    const { user } = renderApp({ path, me, mocks: [projectEditorAnswer(open), update] });

    await screen.findByRole('textbox', { name: /Tên dự án/ });
    await user.click(screen.getByRole('button', { name: /Tài liệu/ }));
    expect(await screen.findByRole('link', { name: /Tải xuống Điều khoản tham chiếu.pdf/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gỡ Điều khoản tham chiếu.pdf' })).not.toBeInTheDocument();

    await user.upload(document.querySelector('input[type="file"]') as HTMLInputElement, new File(['%PDF-1.7'], 'Bản đồ điểm ngập.pdf', { type: 'application/pdf' }));
    expect(await screen.findByRole('button', { name: 'Gỡ Bản đồ điểm ngập.pdf' })).toBeInTheDocument();
    const headers = new Headers(upload.mock.calls[0]?.[1]?.headers);
    expect(headers.get('X-Organisation-Id')).toBe(EDITOR_ORGANISATION_ID);

    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    await waitFor(() => expect(update.result).toHaveBeenCalledTimes(1));
  });

  it('puts a field the server refuses on its step and input', async () => {
    const update = updateMock(
      {
        input: {
          title: 'Tên mới',
          criteria: [
            { name: 'Giải pháp kỹ thuật', weight: 50 },
            { name: 'Chi phí vận hành', description: 'Chi phí 5 năm.', weight: 50 },
          ],
        },
        expectedVersion: 4,
      },
      () => refusal('Trọng số mỗi tiêu chí là số nguyên từ 1 đến 100.', 'BAD_USER_INPUT', 'input.criteria.1.weight'),
    );
    const { user } = renderApp({ path, me, mocks: [projectEditorAnswer(draft), icfIndicatorsAnswer(), update] });

    const title = await screen.findByRole('textbox', { name: /Tên dự án/ });
    await user.clear(title);
    await user.click(title);
    await user.paste('Tên mới');
    await user.click(screen.getByRole('button', { name: /Tiêu chí/ }));
    const weights = await screen.findAllByRole('textbox', { name: /Trọng số/ });
    await user.clear(nth(weights, 0));
    await user.type(nth(weights, 0), '50');
    await user.clear(nth(weights, 1));
    await user.type(nth(weights, 1), '50');
    // Saved from another step: the refusal brings the user back to the criteria.
    await user.click(screen.getByRole('button', { name: /Thông tin chính/ }));
    await screen.findByRole('heading', { level: 2, name: 'Thông tin chính của dự án' });

    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Tiêu chí đánh giá' })).toBeInTheDocument();
    const weight = nth(screen.getAllByRole('textbox', { name: /Trọng số/ }), 1);
    expect(weight).toHaveAccessibleDescription(/Trọng số mỗi tiêu chí là số nguyên từ 1 đến 100./);
    await waitFor(() => expect(weight).toHaveFocus());
    expect(update.result).toHaveBeenCalledTimes(1);
  });

  it('checks what publishing needs first, then shows the server’s refusal on its step', async () => {
    const ninety = editableProject({ criteria: [{ __typename: 'ProjectCriterion', id: 'c-1', name: 'Giải pháp kỹ thuật', description: null, weight: 90 }] });
    const publish = {
      request: { query: PROJECT_EDITOR_PUBLISH_MUTATION, variables: { id: EDITOR_PROJECT_ID, expectedVersion: 5 } },
      result: jest.fn(() => refusal('Thời điểm đóng phải ở tương lai.', 'BAD_USER_INPUT', 'closesAt')),
    };
    const update = updateMock({ input: { criteria: [{ name: 'Giải pháp kỹ thuật', weight: 100 }] }, expectedVersion: 4 }, () => ({
      data: { updateProject: { ...ninety, criteria: [{ ...nth(ninety.criteria, 0), weight: 100 }], version: 5 } },
    }));
    const { user } = renderApp({ path, me, mocks: [projectEditorAnswer(ninety), icfIndicatorsAnswer(), update, publish] });

    await screen.findByRole('textbox', { name: /Tên dự án/ });
    await user.click(screen.getByRole('button', { name: /Xem lại/ }));
    const notReady = await screen.findByText('Chưa thể công bố');
    expect(notReady.closest('[role="alert"]') ?? notReady.parentElement?.parentElement).toHaveTextContent('Tổng trọng số các tiêu chí phải bằng 100 (hiện là 90).');

    await user.click(screen.getByRole('button', { name: 'Lưu và công bố' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Tiêu chí đánh giá' })).toBeInTheDocument();
    expect(within(screen.getByRole('alert')).getByText('Tổng trọng số các tiêu chí phải bằng 100 (hiện là 90).')).toBeInTheDocument();
    expect(update.result).not.toHaveBeenCalled();
    expect(publish.result).not.toHaveBeenCalled();

    const weight = screen.getByRole('textbox', { name: /Trọng số/ });
    await user.clear(weight);
    await user.type(weight, '100');
    expect(screen.getByTestId('criteria-total')).toHaveTextContent('Tổng: 100/100');
    await user.click(screen.getByRole('button', { name: /Xem lại/ }));
    await user.click(await screen.findByRole('button', { name: 'Lưu và công bố' }));

    // Saved (version 5), then refused by the server: the refusal lands on the closing time.
    expect(await screen.findByRole('heading', { level: 2, name: 'Thời gian nhận hồ sơ và quyền truy cập' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Hạn chót nhận hồ sơ/)).toHaveAccessibleDescription(/Thời điểm đóng phải ở tương lai./);
    expect(update.result).toHaveBeenCalledTimes(1);
    expect(publish.result).toHaveBeenCalledTimes(1);
  });

  it('publishes a ready draft and opens the project page', async () => {
    const publish = {
      request: { query: PROJECT_EDITOR_PUBLISH_MUTATION, variables: { id: EDITOR_PROJECT_ID, expectedVersion: 4 } },
      result: jest.fn(() => ({ data: { publishProject: { ...draft, status: 'OPEN', version: 5 } } })),
    };
    const { user, router } = renderApp({ path, me, mocks: [projectEditorAnswer(draft), icfIndicatorsAnswer(), publish] });

    await screen.findByRole('textbox', { name: /Tên dự án/ });
    await user.click(screen.getByRole('button', { name: /Xem lại/ }));
    expect(await screen.findByText('Sẵn sàng công bố')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu và công bố' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/projects/${EDITOR_PROJECT_ID}`));
    expect(publish.result).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(`Đã công bố “${draft.title}”`)).toBeInTheDocument();
  });

  it('on CONFLICT keeps the colleague’s save, says so, and loads the latest version on request', async () => {
    const theirs = editableProject({ summary: 'Tóm tắt do đồng nghiệp vừa lưu.', version: 5 });
    const update = updateMock({ input: { summary: 'Của tôi' }, expectedVersion: 4 }, () => refusal('Dữ liệu đã được người khác thay đổi. Hãy tải lại và thử lại.', 'CONFLICT'));
    const { user } = renderApp({ path, me, mocks: [projectEditorAnswer(draft), update, projectEditorAnswer(theirs)] });

    const summary = await screen.findByRole('textbox', { name: /Tóm tắt/ });
    await user.clear(summary);
    await user.click(summary);
    await user.paste('Của tôi');
    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }));

    const conflict = await screen.findByTestId('conflict');
    expect(conflict).toHaveTextContent('Có người vừa lưu trước bạn');
    expect(conflict).toHaveTextContent('Dữ liệu đã được người khác thay đổi.');
    expect(conflict).toHaveTextContent('Thay đổi của bạn chưa được lưu.');
    expect(screen.getByRole('textbox', { name: /Tóm tắt/ })).toHaveValue('Của tôi');

    await user.click(within(conflict).getByRole('button', { name: 'Tải phiên bản mới nhất' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Tóm tắt/ })).toHaveValue('Tóm tắt do đồng nghiệp vừa lưu.'));
    expect(screen.queryByTestId('conflict')).not.toBeInTheDocument();
    expect(update.result).toHaveBeenCalledTimes(1);
  });

  it('invites organisations found by name, without diacritics, for an invitation-only project', async () => {
    const page = (search: string, nodes: { id: string; name: string; shortName: string | null }[]) => ({
      request: { query: PROJECT_EDITOR_ORGANISATIONS_QUERY, variables: invitableVariables(search) },
      result: {
        data: {
          organisations: {
            __typename: 'OrganisationConnection',
            edges: nodes.map((node) => ({ __typename: 'OrganisationEdge', cursor: `c-${node.id}`, node: { __typename: 'Organisation', ...node } })),
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      },
    });
    const tdmu = { id: '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a', name: 'Trường Đại học Thủ Dầu Một', shortName: 'TDMU' };
    const update = updateMock({ input: { visibility: 'INVITED', invitedOrganisationIds: [tdmu.id] }, expectedVersion: 4 }, () => ({
      data: { updateProject: { ...draft, visibility: 'INVITED', invitedOrganisations: [{ __typename: 'Organisation', ...tdmu }], version: 5 } },
    }));
    const { user } = renderApp({
      path,
      me,
      mocks: [projectEditorAnswer(draft), page('', [{ id: 'o-other', name: 'Công ty Cổ phần Nước Bình Dương', shortName: null }]), page('thu dau mot', [tdmu]), update],
    });

    await screen.findByRole('textbox', { name: /Tên dự án/ });
    await user.click(screen.getByRole('button', { name: /Thời gian và truy cập/ }));
    await user.click(await screen.findByRole('radio', { name: /Chỉ tổ chức được mời/ }));
    const picker = screen.getByRole('combobox', { name: /Tổ chức được mời/ });
    await user.click(picker);
    expect(await screen.findByRole('option', { name: 'Công ty Cổ phần Nước Bình Dương' })).toBeInTheDocument();
    await user.type(picker, 'thu dau mot');
    await user.click(await screen.findByRole('option', { name: 'Trường Đại học Thủ Dầu Một (TDMU)' }));

    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    await waitFor(() => expect(update.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Đã lưu bản nháp.')).toBeInTheDocument();
  });

  it('previews the Markdown description and shows raw HTML as text', async () => {
    const { user, container } = renderApp({ path, me, mocks: [projectEditorAnswer(editableProject({ description: '' }))] });

    await screen.findByRole('textbox', { name: /Tên dự án/ });
    await user.click(screen.getByRole('button', { name: /Mô tả/ }));
    const editor = await screen.findByRole('textbox', { name: /Mô tả \(Markdown\)/ });
    await user.click(editor);
    await user.paste('## Mục tiêu\n\n**Giảm ngập** <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(editor).toHaveAccessibleDescription(/81\/20.000 ký tự/);

    await user.click(screen.getByRole('tab', { name: 'Xem trước' }));
    const preview = await screen.findByTestId('markdown-preview');
    expect(within(preview).getByRole('heading', { name: 'Mục tiêu' })).toBeInTheDocument();
    expect(within(preview).getByText('Giảm ngập').tagName).toBe('STRONG');
    expect(preview).toHaveTextContent('<script>alert(1)</script>');
    expect(container.querySelector('script, img[src="x"]')).toBeNull();
  });

  it('asks before leaving with unsaved changes', async () => {
    const { user, router } = renderApp({ path, me, mocks: [projectEditorAnswer(draft)] });

    const title = await screen.findByRole('textbox', { name: /Tên dự án/ });
    await user.type(title, ' (bản 2)');
    await user.click(screen.getByRole('link', { name: 'Helix, về trang chủ' }));

    const dialog = await screen.findByRole('dialog', { name: 'Rời trang khi chưa lưu?' });
    await user.click(within(dialog).getByRole('button', { name: 'Huỷ' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe(path);
    expect(screen.getByRole('textbox', { name: /Tên dự án/ })).toHaveValue(`${draft.title} (bản 2)`);
  });

  it('shows a suitable state to those who may not edit, and for projects past editing', async () => {
    const { unmount } = renderApp({ path, me, mocks: [projectEditorAnswer(editableProject({ viewerCanManage: false }))] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bạn không thể chỉnh sửa dự án này' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Tên dự án/ })).not.toBeInTheDocument();
    unmount();

    renderApp({ path, me, mocks: [projectEditorAnswer(editableProject({ status: 'AWARDED' }))] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dự án không còn chỉnh sửa được' })).toBeInTheDocument();
    expect(screen.getByText(/Dự án đang ở trạng thái “Đã trao”/)).toBeInTheDocument();
  });
});
