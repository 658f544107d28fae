import { screen, waitFor, within } from '@testing-library/react';
import { i18n } from '@web/app/i18n';
import { ActivityTimeline } from '@web/modules/activity/components/activity-timeline';
import { AUDIT_LOG_QUERY } from '@web/modules/activity/graphql/activity';
import { ACTIVITY_PAGE_SIZE } from '@web/modules/activity/hooks/use-activity';
import { formatDateTime } from '@web/shared/format/format';
import { auditChange, auditEvent, auditLogAnswer } from '@web/testing/activity';
import { AGREEMENT_ID, HASH_V2, universityAdmin } from '@web/testing/agreements';
import { renderWithProviders } from '@web/testing/render';

const MILESTONE_ID = '8c7b6a59-4e3d-4c2b-9a18-0f9e8d7c6b5a';
const PROJECT_ID = '0b9c3f2e-5a41-4f7d-8e63-2c1d9a7b4e55';
const FUNDER = { __typename: 'Organisation' as const, id: '6f1c2a8e-3b7d-4c55-9a21-0d4e8b9f7a10', name: 'Sở Khoa học và Công nghệ Bình Dương', shortName: 'SKHCN' };

const signed = auditEvent({
  id: 'e-4',
  action: 'AGREEMENT_SIGNED',
  occurredAt: '2026-03-12T07:05:00.000Z',
  changes: [auditChange('hash', null, HASH_V2), auditChange('organisationId', null, '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a'), auditChange('version', null, '2')],
});
const rejected = auditEvent({
  id: 'e-3',
  action: 'MILESTONE_REJECTED',
  subjectType: 'MILESTONE',
  subjectId: MILESTONE_ID,
  parentId: AGREEMENT_ID,
  actorName: 'Lê Thanh Hải',
  organisation: FUNDER,
  occurredAt: '2026-03-10T02:00:00.000Z',
  changes: [auditChange('note', null, 'Thiếu số liệu trạm đo.'), auditChange('status', 'SUBMITTED', 'REJECTED')],
});
const negotiation = auditEvent({
  id: 'e-2',
  action: 'AGREEMENT_NEGOTIATION_OPENED',
  actorName: 'Lê Thanh Hải',
  organisation: FUNDER,
  occurredAt: '2026-03-01T02:00:00.000Z',
  changes: [auditChange('status', 'DRAFT', 'NEGOTIATION')],
});
const completed = auditEvent({ id: 'e-5', action: 'AGREEMENT_COMPLETED', actorName: '', organisation: null, changes: [auditChange('status', 'ACTIVE', 'COMPLETED')] });
const created = auditEvent({ id: 'e-1', action: 'AGREEMENT_CREATED', actorName: 'Lê Thanh Hải', organisation: FUNDER, occurredAt: '2026-02-20T02:00:00.000Z', changes: [auditChange('version', null, '1')] });

const eventItems = () => screen.getAllByTestId('activity-event');

describe('the activity timeline', () => {
  it('tells each event in Vietnamese: what, who for which organisation, when, and what changed', async () => {
    renderWithProviders(<ActivityTimeline subjectId={AGREEMENT_ID} partNames={{ [MILESTONE_ID]: 'Báo cáo khảo sát' }} />, {
      me: universityAdmin,
      mocks: [auditLogAnswer({ subjectId: AGREEMENT_ID, events: [completed, signed, rejected, negotiation] })],
    });

    const list = await screen.findByRole('list', { name: 'Hoạt động' });
    expect(screen.getByRole('heading', { level: 2, name: 'Hoạt động' })).toBeInTheDocument();
    expect(screen.getByTestId('activity-count')).toHaveTextContent('4 sự kiện');
    const [first, second, third, fourth] = within(list).getAllByTestId('activity-event');

    // Nobody acted: the platform completed it.
    expect(first).toHaveTextContent('Thoả thuận đã hoàn thành');
    expect(within(first).getByTestId('activity-byline')).toHaveTextContent('Hệ thống tự động');
    expect(within(first).getByTestId('activity-change')).toHaveTextContent('Trạng thái: Đang có hiệu lực → thành Đã hoàn thành');

    expect(second).toHaveTextContent('Đã ký thoả thuận');
    expect(within(second).getByTestId('activity-byline')).toHaveTextContent('Nguyễn Thị Lan, thay mặt Trường Đại học Thủ Dầu Một');
    const time = second.querySelector('time');
    expect(time).toHaveAttribute('dateTime', '2026-03-12T07:05:00.000Z');
    expect(second).toHaveTextContent(formatDateTime('2026-03-12T07:05:00.000Z', 'vi'));
    // Ids say nothing to a reader; the hash is shortened in monospace, the whole of it in its title.
    const changes = within(second).getAllByTestId('activity-change');
    expect(changes.map((change) => change.dataset.field)).toEqual(['hash', 'version']);
    expect(changes[0]).toHaveTextContent(/^Mã băm: 3f8a9c1d 2e4b5a6c…$/);
    expect(within(changes[0]).getByTestId('activity-hash')).toHaveAttribute('title', HASH_V2);
    expect(changes[1]).toHaveTextContent('Phiên bản: 2');

    // A milestone's event names it, with the milestone's own statuses.
    expect(third).toHaveTextContent('Mốc bị từ chối nghiệm thu');
    expect(third).toHaveTextContent('Mốc: Báo cáo khảo sát');
    expect(within(third).getByTestId('activity-byline')).toHaveTextContent('Lê Thanh Hải, thay mặt Sở Khoa học và Công nghệ Bình Dương');
    expect(within(third).getByRole('list', { name: 'Thay đổi' })).toHaveTextContent('Ghi chú: Thiếu số liệu trạm đo.');
    expect(within(third).getByRole('list', { name: 'Thay đổi' })).toHaveTextContent('Trạng thái: Đã nộp → thành Bị từ chối');

    expect(fourth).toHaveTextContent('Đã mở đàm phán');
    expect(within(fourth).getByTestId('activity-change')).toHaveTextContent('Trạng thái: Bản nháp → thành Đang đàm phán');
    expect(screen.queryByRole('button', { name: 'Xem thêm hoạt động' })).not.toBeInTheDocument();
  });

  it('translates a project’s statuses, closing dates and yes/no values', async () => {
    const closesBefore = '2026-04-01T10:00:00.000Z';
    const closesAfter = '2026-04-15T10:00:00.000Z';
    const project = (overrides: Parameters<typeof auditEvent>[0]) => auditEvent({ subjectType: 'PROJECT', subjectId: PROJECT_ID, organisation: FUNDER, actorName: 'Lê Thanh Hải', ...overrides });
    renderWithProviders(<ActivityTimeline subjectId={PROJECT_ID} />, {
      mocks: [
        auditLogAnswer({
          subjectId: PROJECT_ID,
          events: [
            project({ id: 'p-3', action: 'PROJECT_CANCELLED', changes: [auditChange('reason', null, 'Ngân sách bị cắt.'), auditChange('status', 'EVALUATION', 'CANCELLED')] }),
            project({ id: 'p-2', action: 'PROJECT_DEADLINE_EXTENDED', changes: [auditChange('closesAt', closesBefore, closesAfter)] }),
            project({ id: 'p-1', action: 'PROJECT_PUBLISHED', changes: [auditChange('closesAt', null, closesBefore), auditChange('status', 'DRAFT', 'OPEN')] }),
            auditEvent({ id: 'x-1', action: 'AGREEMENT_DISCLOSURE_CHANGED', changes: [auditChange('disclosed', 'false', 'true')] }),
          ],
        }),
      ],
    });

    await screen.findByRole('list', { name: 'Hoạt động' });
    const [cancelled, extended, published, disclosure] = eventItems();
    expect(cancelled).toHaveTextContent('Dự án bị huỷ');
    expect(cancelled).toHaveTextContent('Lý do: Ngân sách bị cắt.');
    expect(cancelled).toHaveTextContent('Trạng thái: Đang đánh giá → thành Đã huỷ');
    expect(extended).toHaveTextContent('Đã gia hạn thời hạn nhận hồ sơ');
    expect(within(extended).getByTestId('activity-change')).toHaveTextContent(`Hạn nhận hồ sơ: ${formatDateTime(closesBefore, 'vi')} → thành ${formatDateTime(closesAfter, 'vi')}`);
    expect(extended.querySelector(`time[datetime="${closesAfter}"]`)).not.toBeNull();
    expect(published).toHaveTextContent('Trạng thái: Bản nháp → thành Đang nhận hồ sơ');
    expect(disclosure).toHaveTextContent('Công khai: Không → thành Có');
  });

  it('loads the older events after the end cursor', async () => {
    const { user } = renderWithProviders(<ActivityTimeline subjectId={AGREEMENT_ID} />, {
      me: universityAdmin,
      mocks: [
        auditLogAnswer({ subjectId: AGREEMENT_ID, events: [signed, negotiation], hasNextPage: true, endCursor: 'cursor-2', totalCount: 3 }),
        auditLogAnswer({ subjectId: AGREEMENT_ID, after: 'cursor-2', events: [created], endCursor: 'cursor-3', totalCount: 3 }),
      ],
    });

    await screen.findByRole('list', { name: 'Hoạt động' });
    expect(eventItems()).toHaveLength(2);
    expect(screen.getByTestId('activity-count')).toHaveTextContent('3 sự kiện');
    await user.click(screen.getByRole('button', { name: 'Xem thêm hoạt động' }));

    expect(await screen.findByText('Thoả thuận được tạo')).toBeInTheDocument();
    expect(eventItems().map((item) => item.dataset.action)).toEqual(['AGREEMENT_SIGNED', 'AGREEMENT_NEGOTIATION_OPENED', 'AGREEMENT_CREATED']);
    expect(screen.queryByRole('button', { name: 'Xem thêm hoạt động' })).not.toBeInTheDocument();
  });

  it('says when nothing has happened yet', async () => {
    renderWithProviders(<ActivityTimeline subjectId={AGREEMENT_ID} />, { me: universityAdmin, mocks: [auditLogAnswer({ subjectId: AGREEMENT_ID, events: [] })] });
    expect(await screen.findByText('Chưa có hoạt động nào.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Hoạt động' })).not.toBeInTheDocument();
  });

  it('shows a failure with a retry', async () => {
    const { user } = renderWithProviders(<ActivityTimeline subjectId={AGREEMENT_ID} />, {
      me: universityAdmin,
      mocks: [
        { request: { query: AUDIT_LOG_QUERY, variables: { subjectId: AGREEMENT_ID, first: ACTIVITY_PAGE_SIZE } }, result: { errors: [{ message: 'Máy chủ đang bận.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } },
        auditLogAnswer({ subjectId: AGREEMENT_ID, events: [signed] }),
      ],
    });
    expect(await screen.findByText('Không tải được hoạt động')).toBeInTheDocument();
    expect(screen.getByText('Máy chủ đang bận.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('Đã ký thoả thuận')).toBeInTheDocument();
  });

  it('shows nothing for an object hidden from the viewer', async () => {
    const answered = jest.fn(() => ({ errors: [{ message: 'Không tìm thấy.', extensions: { code: 'NOT_FOUND' } }] }));
    renderWithProviders(
      <div data-testid="host">
        <ActivityTimeline subjectId={AGREEMENT_ID} />
      </div>,
      { mocks: [{ request: { query: AUDIT_LOG_QUERY, variables: { subjectId: AGREEMENT_ID, first: ACTIVITY_PAGE_SIZE } }, result: answered }] },
    );
    const host = await screen.findByTestId('host');
    await waitFor(() => expect(answered).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(host).toBeEmptyDOMElement());
  });

  it('speaks English to an English reader', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<ActivityTimeline subjectId={AGREEMENT_ID} />, { mocks: [auditLogAnswer({ subjectId: AGREEMENT_ID, events: [negotiation, completed] })] });
    const list = await screen.findByRole('list', { name: 'Activity' });
    expect(within(list).getAllByTestId('activity-event')[0]).toHaveTextContent('Negotiation opened');
    expect(list).toHaveTextContent('Lê Thanh Hải, for Sở Khoa học và Công nghệ Bình Dương');
    expect(list).toHaveTextContent('Status: Draft → to In negotiation');
    expect(list).toHaveTextContent('The platform, automatically');
  });
});
