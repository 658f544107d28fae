import { screen, waitFor, within } from '@testing-library/react';
import {
  ANSWER_QUESTION_MUTATION,
  ASK_QUESTION_MUTATION,
  CANCEL_PROJECT_MUTATION,
  EXTEND_PROJECT_DEADLINE_MUTATION,
  PUBLISH_PROJECT_MUTATION,
} from '@web/modules/projects/graphql/projects';
import { auditChange, auditEvent, auditLogAnswer } from '@web/testing/activity';
import { sessionMembership, sessionUser } from '@web/testing/identity';
import { daysFromNow, icfIndicatorsAnswer, indicator, OWNER, PROJECT_ID, projectAnswer, projectDetails, projectError } from '@web/testing/projects';
import { renderApp } from '@web/testing/render';

const path = `/projects/${PROJECT_ID}`;

const becamex = sessionUser({
  id: 'u-minh',
  fullName: 'Trần Văn Minh',
  memberships: [sessionMembership({ organisationId: 'o-becamex', name: 'Becamex IDC', kind: 'ENTERPRISE', role: 'MEMBER' })],
});
const tdmu = sessionUser({ memberships: [sessionMembership({ organisationId: 'o-tdmu', name: 'Trường Đại học Thủ Dầu Một', kind: 'UNIVERSITY' })] });
const ownerUser = sessionUser({
  id: 'u-hai',
  fullName: 'Lê Thanh Hải',
  memberships: [sessionMembership({ organisationId: OWNER.id, name: OWNER.name, kind: 'STATE', role: 'ADMIN' })],
});

const ownerView = (overrides: Parameters<typeof projectDetails>[0] = {}) =>
  projectDetails({
    viewerCanManage: true,
    eligibility: { __typename: 'ProjectEligibility', eligible: false, reason: 'OWN_PROJECT', message: 'Đây là dự án của tổ chức bạn.' },
    ...overrides,
  });

const question = (overrides: Partial<ReturnType<typeof projectDetails>['questions'][number]>) => ({
  __typename: 'ProjectQuestion' as const,
  id: 'q-9',
  text: 'Có chấp nhận liên danh không?',
  answer: null,
  askedAt: '2025-03-15T09:00:00Z',
  answeredAt: null,
  askedByYou: false,
  ...overrides,
});

describe('project page', () => {
  it('shows an eligible organisation the whole call and lets it ask a question', async () => {
    const asked = question({ id: 'q-new', text: 'Thiết bị có cần đạt chuẩn IP65?', askedAt: '2025-03-16T09:00:00Z', askedByYou: true });
    const { user } = renderApp({
      path,
      me: becamex,
      mocks: [
        icfIndicatorsAnswer(),
        projectAnswer(projectDetails()),
        { request: { query: ASK_QUESTION_MUTATION, variables: { projectId: PROJECT_ID, text: 'Thiết bị có cần đạt chuẩn IP65?' } }, result: { data: { askQuestion: asked } } },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Thí điểm đèn tín hiệu giao thông thông minh' })).toBeInTheDocument();
    expect(document.title).toBe('Thí điểm đèn tín hiệu giao thông thông minh · Helix');
    expect(screen.getByRole('link', { name: OWNER.name })).toHaveAttribute('href', `/organisations/${OWNER.id}`);
    expect(screen.getByText('Đang nhận hồ sơ')).toBeInTheDocument();
    expect(screen.getAllByText('Công khai').length).toBeGreaterThan(0);
    expect(screen.getByText('Ai cũng xem được, kể cả khách chưa đăng nhập.')).toBeInTheDocument();
    expect(screen.getByText(/^còn 10 ngày/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Bối cảnh' })).toBeInTheDocument();
    expect(screen.getByText('Đại lộ Bình Dương').tagName).toBe('STRONG');
    expect(screen.getByText('Thành phố Thủ Dầu Một')).toBeInTheDocument();
    expect(screen.getByText(/^Kết nối băng thông rộng/)).toHaveTextContent('Hạ tầng kết nối tốc độ cao cho người dân và doanh nghiệp.');

    const criteria = screen.getByRole('table');
    expect(within(criteria).getByRole('row', { name: /Giải pháp kỹ thuật.*60%/ })).toBeInTheDocument();
    expect(within(criteria).getByRole('row', { name: 'Tổng 100%' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /dieu-khoan-tham-chieu\.pdf/ })).toHaveAttribute('href', '/api/files/f-1');

    const answered = screen.getByRole('list', { name: 'Câu hỏi đã được trả lời' });
    expect(within(answered).getByText('Có, qua API của Trung tâm IOC.')).toBeInTheDocument();
    expect(within(answered).queryByText('Tổ chức bạn đã hỏi')).not.toBeInTheDocument();
    expect(screen.getByText('Tổ chức của bạn có thể tham gia')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Quản lý dự án' })).not.toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Đặt câu hỏi làm rõ' });
    await user.click(within(form).getByRole('button', { name: 'Gửi câu hỏi' }));
    expect(within(form).getByText('Trường này là bắt buộc.')).toBeInTheDocument();
    await user.type(within(form).getByRole('textbox', { name: 'Câu hỏi của bạn' }), 'Thiết bị có cần đạt chuẩn IP65?');
    await user.click(within(form).getByRole('button', { name: 'Gửi câu hỏi' }));

    const pending = await screen.findByRole('list', { name: 'Câu hỏi của tổ chức bạn đang chờ trả lời' });
    expect(within(pending).getByText('Thiết bị có cần đạt chuẩn IP65?')).toBeInTheDocument();
    expect(within(pending).getByText('Tổ chức bạn đã hỏi')).toBeInTheDocument();
    expect(within(pending).getByText('Đang chờ bên đăng trả lời.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Câu hỏi của bạn' })).toHaveValue('');
  });

  it('tells an organisation of another kind why it cannot respond, without the question form', async () => {
    const message = 'Dự án này chỉ dành cho: doanh nghiệp. Tổ chức của bạn (trường đại học, viện nghiên cứu) không thuộc đối tượng tham gia.';
    renderApp({
      path,
      me: tdmu,
      mocks: [icfIndicatorsAnswer(), projectAnswer(projectDetails({ eligibility: { __typename: 'ProjectEligibility', eligible: false, reason: 'KIND_NOT_ELIGIBLE', message } }))],
    });

    const notice = await screen.findByText(message);
    expect(notice.closest('[data-reason]')).toHaveTextContent('Tổ chức của bạn không thuộc đối tượng tham gia');
    expect(screen.queryByRole('form', { name: 'Đặt câu hỏi làm rõ' })).not.toBeInTheDocument();
    expect(screen.getByText('Có, qua API của Trung tâm IOC.')).toBeInTheDocument();
  });

  it('invites an anonymous visitor to sign in and come back', async () => {
    renderApp({
      path,
      mocks: [
        icfIndicatorsAnswer(),
        projectAnswer(projectDetails({ eligibility: { __typename: 'ProjectEligibility', eligible: false, reason: 'SIGN_IN_REQUIRED', message: 'Hãy đăng nhập để tham gia.' } })),
      ],
    });

    const notice = (await screen.findByText('Hãy đăng nhập để tham gia.')).closest('[data-reason]') as HTMLElement;
    expect(notice).toHaveTextContent('Cần đăng nhập');
    expect(within(notice).getByRole('link', { name: 'Đăng nhập' })).toHaveAttribute('href', `/sign-in?returnTo=${encodeURIComponent(path)}`);
    expect(screen.queryByRole('form', { name: 'Đặt câu hỏi làm rõ' })).not.toBeInTheDocument();
  });

  it('lets the owner answer a waiting question, and offers the actions of an open call', async () => {
    const waiting = question({});
    const { user } = renderApp({
      path,
      me: ownerUser,
      mocks: [
        icfIndicatorsAnswer(),
        projectAnswer(ownerView({ questions: [...projectDetails().questions, waiting] })),
        {
          request: { query: ANSWER_QUESTION_MUTATION, variables: { questionId: 'q-9', answer: 'Có, tối đa ba thành viên.' } },
          result: { data: { answerQuestion: { ...waiting, answer: 'Có, tối đa ba thành viên.', answeredAt: '2025-03-16T10:00:00Z' } } },
        },
      ],
    });

    const actions = await screen.findByRole('region', { name: 'Quản lý dự án' });
    expect(within(actions).getByRole('link', { name: 'Sửa dự án' })).toHaveAttribute('href', `/projects/${PROJECT_ID}/edit`);
    expect(within(actions).getByRole('button', { name: 'Gia hạn' })).toBeInTheDocument();
    expect(within(actions).getByRole('button', { name: 'Huỷ dự án' })).toBeInTheDocument();
    expect(within(actions).queryByRole('button', { name: 'Công bố' })).not.toBeInTheDocument();
    expect(screen.queryByText('Đây là dự án của tổ chức bạn.')).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Đặt câu hỏi làm rõ' })).not.toBeInTheDocument();

    const unanswered = screen.getByRole('list', { name: 'Câu hỏi chờ trả lời' });
    await user.type(within(unanswered).getByRole('textbox', { name: 'Câu trả lời' }), 'Có, tối đa ba thành viên.');
    await user.click(within(unanswered).getByRole('button', { name: 'Công bố câu trả lời' }));

    const answered = screen.getByRole('list', { name: 'Câu hỏi đã được trả lời' });
    expect(await within(answered).findByText('Có, tối đa ba thành viên.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Câu hỏi chờ trả lời' })).not.toBeInTheDocument();
  });

  it('shows the owner’s members what happened to the call, and nobody else', async () => {
    const published = auditEvent({
      id: 'e-1',
      action: 'PROJECT_PUBLISHED',
      subjectType: 'PROJECT',
      subjectId: PROJECT_ID,
      actorName: 'Lê Thanh Hải',
      organisation: { __typename: 'Organisation', id: OWNER.id, name: OWNER.name, shortName: OWNER.shortName },
      changes: [auditChange('status', 'DRAFT', 'OPEN')],
    });
    const { unmount } = renderApp({ path, me: ownerUser, mocks: [icfIndicatorsAnswer(), projectAnswer(ownerView()), auditLogAnswer({ subjectId: PROJECT_ID, events: [published] })] });
    const timeline = await screen.findByRole('list', { name: 'Hoạt động' });
    expect(within(timeline).getByTestId('activity-event')).toHaveTextContent('Dự án được công bố');
    expect(timeline).toHaveTextContent('Lê Thanh Hải, thay mặt Sở Giao thông Vận tải Bình Dương');
    expect(timeline).toHaveTextContent('Trạng thái: Bản nháp → thành Đang nhận hồ sơ');
    unmount();

    renderApp({ path, me: becamex, mocks: [icfIndicatorsAnswer(), projectAnswer(projectDetails())] });
    expect(await screen.findByRole('heading', { level: 1, name: projectDetails().title })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Hoạt động' })).not.toBeInTheDocument();
  });

  it('shows the server’s reason and the field to fix when publishing is refused', async () => {
    const draft = ownerView({ status: 'DRAFT', publishedAt: null, closesAt: null });
    const { user } = renderApp({
      path,
      me: ownerUser,
      mocks: [
        icfIndicatorsAnswer(),
        projectAnswer(draft),
        {
          request: { query: PUBLISH_PROJECT_MUTATION, variables: { id: PROJECT_ID, expectedVersion: 3 } },
          result: { errors: [{ message: 'Trường này là bắt buộc.', extensions: { code: 'BAD_USER_INPUT', field: 'closesAt' } }] },
        },
      ],
    });

    const actions = await screen.findByRole('region', { name: 'Quản lý dự án' });
    expect(within(actions).queryByRole('button', { name: 'Gia hạn' })).not.toBeInTheDocument();
    expect(screen.queryByText('Hạn nộp hồ sơ', { selector: 'p' })).not.toBeInTheDocument();
    await user.click(within(actions).getByRole('button', { name: 'Công bố' }));
    const dialog = screen.getByRole('dialog', { name: 'Công bố dự án?' });
    await user.click(within(dialog).getByRole('button', { name: 'Công bố' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Không thực hiện được');
    expect(alert).toHaveTextContent('Trường này là bắt buộc.');
    expect(alert).toHaveTextContent('Cần sửa: Hạn nộp hồ sơ.');
    expect(within(alert).getByRole('link', { name: 'Sửa dự án' })).toHaveAttribute('href', `/projects/${PROJECT_ID}/edit`);
    expect(screen.getByText('Bản nháp')).toBeInTheDocument();
  });

  it('publishes a draft after confirmation', async () => {
    const draft = ownerView({ status: 'DRAFT', publishedAt: null });
    const { user } = renderApp({
      path,
      me: ownerUser,
      mocks: [
        icfIndicatorsAnswer(),
        projectAnswer(draft),
        { request: { query: PUBLISH_PROJECT_MUTATION, variables: { id: PROJECT_ID, expectedVersion: 3 } }, result: { data: { publishProject: ownerView({ version: 4 }) } } },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Công bố' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Công bố dự án?' })).getByRole('button', { name: 'Công bố' }));

    expect(await screen.findByText('Đã công bố dự án.')).toBeInTheDocument();
    expect(screen.getByText('Đang nhận hồ sơ')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('cancels only with a reason, then shows it to everyone', async () => {
    const reason = 'Ngân sách được điều chuyển sang dự án khẩn cấp.';
    const { user } = renderApp({
      path,
      me: ownerUser,
      mocks: [
        icfIndicatorsAnswer(),
        projectAnswer(ownerView()),
        {
          request: { query: CANCEL_PROJECT_MUTATION, variables: { id: PROJECT_ID, reason, expectedVersion: 3 } },
          result: { data: { cancelProject: ownerView({ status: 'CANCELLED', cancellationReason: reason, cancelledAt: '2025-03-20T08:00:00Z', version: 4 }) } },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Huỷ dự án' }));
    const dialog = screen.getByRole('dialog', { name: 'Huỷ dự án?' });
    await user.click(within(dialog).getByRole('button', { name: 'Huỷ dự án' }));
    expect(within(dialog).getByText('Hãy nêu lý do huỷ dự án.')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: 'Lý do huỷ' }), reason);
    await user.click(within(dialog).getByRole('button', { name: 'Huỷ dự án' }));

    expect(await screen.findByText('Dự án đã bị huỷ')).toBeInTheDocument();
    expect(screen.getByText(`Lý do: ${reason}`)).toBeInTheDocument();
    expect(screen.getByText('Đã huỷ')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Quản lý dự án' })).not.toBeInTheDocument();
  });

  it('extends the deadline only to a later time', async () => {
    const current = projectDetails().closesAt ?? '';
    const later = new Date(new Date(current).getTime() + 7 * 86_400_000);
    later.setSeconds(0, 0);
    const pad = (n: number) => String(n).padStart(2, '0');
    const local = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
    const { user } = renderApp({
      path,
      me: ownerUser,
      mocks: [
        icfIndicatorsAnswer(),
        projectAnswer(ownerView({ closesAt: current })),
        {
          request: { query: EXTEND_PROJECT_DEADLINE_MUTATION, variables: { id: PROJECT_ID, closesAt: later.toISOString(), expectedVersion: 3 } },
          result: { data: { extendProjectDeadline: ownerView({ closesAt: later.toISOString(), version: 4 }) } },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Gia hạn' }));
    const dialog = screen.getByRole('dialog', { name: 'Gia hạn nộp hồ sơ' });
    const input = within(dialog).getByLabelText(/Hạn mới/);
    await user.clear(input);
    await user.type(input, local(new Date(new Date(current).getTime() - 86_400_000)));
    await user.click(within(dialog).getByRole('button', { name: 'Gia hạn' }));
    expect(within(dialog).getByText('Chỉ có thể gia hạn: hạn mới phải muộn hơn hạn hiện tại.')).toBeInTheDocument();

    await user.clear(input);
    await user.type(input, local(later));
    await user.click(within(dialog).getByRole('button', { name: 'Gia hạn' }));

    expect(await screen.findByText(/^Đã gia hạn đến/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/^còn 17 ngày/)).toBeInTheDocument());
  });

  it('turns to closed at the closing time, and the question form goes', async () => {
    renderApp({ path, me: becamex, mocks: [icfIndicatorsAnswer(), projectAnswer(projectDetails({ closesAt: new Date(Date.now() + 2500).toISOString() }))] });

    expect(await screen.findByText(/^còn \d giây$/)).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Đặt câu hỏi làm rõ' })).toBeInTheDocument();

    expect(await screen.findByText('Đã hết hạn nộp', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Đang đánh giá')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Đặt câu hỏi làm rõ' })).not.toBeInTheDocument();
    expect(screen.getByText('Dự án đã hết hạn nhận hồ sơ.')).toBeInTheDocument();
  });

  it('shows a cancelled call’s reason prominently', async () => {
    renderApp({
      path,
      mocks: [
        icfIndicatorsAnswer(),
        projectAnswer(
          projectDetails({
            status: 'CANCELLED',
            cancellationReason: 'Thay đổi quy hoạch.',
            cancelledAt: '2025-03-20T08:00:00Z',
            closesAt: daysFromNow(3),
            eligibility: { __typename: 'ProjectEligibility', eligible: false, reason: 'NOT_OPEN', message: 'Dự án không còn nhận hồ sơ.' },
          }),
        ),
      ],
    });

    const alert = (await screen.findByText('Dự án đã bị huỷ')).closest('[role="alert"]') as HTMLElement;
    expect(alert).toHaveTextContent('Lý do: Thay đổi quy hoạch.');
    expect(screen.queryByText(/^còn \d+ ngày/)).not.toBeInTheDocument();
  });

  it('fetches the API’s wording again in the reader’s new language', async () => {
    const ineligible = (message: string, locale: 'vi' | 'en') =>
      projectDetails({
        indicators: [indicator('BROADBAND', locale)],
        eligibility: { __typename: 'ProjectEligibility', eligible: false, reason: 'KIND_NOT_ELIGIBLE', message },
      });
    const languages: string[] = [];
    const { user } = renderApp({
      path,
      me: tdmu,
      onOperation: (operation) => {
        if (operation.operationName === 'Project') languages.push(String(operation.getContext().headers?.['Accept-Language']));
      },
      mocks: [
        icfIndicatorsAnswer('vi', 1),
        icfIndicatorsAnswer('en'),
        projectAnswer(ineligible('Dự án này chỉ dành cho: doanh nghiệp.', 'vi')),
        projectAnswer(ineligible('This project is open to enterprises only.', 'en')),
      ],
    });
    await screen.findByText('Dự án này chỉ dành cho: doanh nghiệp.');

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(await screen.findByText('This project is open to enterprises only.')).toBeInTheDocument();
    expect(screen.getByText('Your organisation is not eligible')).toBeInTheDocument();
    expect(await screen.findByText(/^Broadband/)).toBeInTheDocument();
    expect(screen.getByText(/^10 days/)).toBeInTheDocument();
    expect(languages).toEqual(['vi', 'en']);
  });

  it.each([
    ['a project that is not there', PROJECT_ID, { code: 'NOT_FOUND' }],
    ['an address that is not a project id', 'not-a-uuid', { code: 'BAD_USER_INPUT', field: 'id' }],
  ])('answers %s with the not-found state', async (_case, id, extensions) => {
    renderApp({ path: `/projects/${id}`, mocks: [icfIndicatorsAnswer(), projectError(id, 'Không tìm thấy dự án được yêu cầu.', extensions)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy dự án' })).toBeInTheDocument();
    expect(document.title).toBe('Không tìm thấy dự án · Helix');
  });
});
