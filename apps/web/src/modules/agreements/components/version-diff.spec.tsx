import { screen, within } from '@testing-library/react';
import { i18n } from '@web/app/i18n';
import type { AgreementDiffView } from '@web/modules/agreements/graphql/agreements';
import { foldUnchanged } from '@web/modules/agreements/hooks/agreement-rules';
import { COMPANY, HASH_V1, HASH_V2, UNIVERSITY } from '@web/testing/agreements';
import { nth } from '@web/testing/project-editor';
import { renderWithProviders } from '@web/testing/render';
import { VersionDiff } from './version-diff';

const line = (kind: 'ADDED' | 'REMOVED' | 'UNCHANGED', text: string) => ({ __typename: 'TermsDiffLine' as const, kind, text });
const names = new Map([
  [UNIVERSITY.id, 'TDMU'],
  [COMPANY.id, 'BDTech'],
]);
const change = (scope: 'AGREEMENT' | 'PARTY' | 'MILESTONE' | 'ATTACHMENT', field: string, before: string | null, after: string | null, subjectLabel: string | null = null, subject: string | null = null) => ({
  __typename: 'FieldChange' as const,
  scope,
  field,
  before,
  after,
  subject,
  subjectLabel,
  // The API names ids among the values (a milestone's responsible party).
  beforeLabel: field === 'responsibleOrganisationId' && before ? (names.get(before) ?? null) : null,
  afterLabel: field === 'responsibleOrganisationId' && after ? (names.get(after) ?? null) : null,
});

const unchanged = Array.from({ length: 12 }, (_, index) => line('UNCHANGED', `Khoản ${index + 1}.`));

const diff: AgreementDiffView = {
  __typename: 'AgreementDiff',
  from: 1,
  to: 2,
  fromHash: HASH_V1,
  toHash: HASH_V2,
  fromCurrency: 'VND',
  toCurrency: 'VND',
  terms: [line('UNCHANGED', '## Điều 1'), line('REMOVED', 'Thời hạn 12 tháng.'), line('ADDED', 'Thời hạn 18 tháng.'), ...unchanged, line('ADDED', 'Điều 9. Bảo mật dữ liệu.')],
  changes: [
    change('AGREEMENT', 'title', 'Cảnh báo ngập', 'Cảnh báo ngập lụt đô thị'),
    change('AGREEMENT', 'disclosed', 'false', 'true'),
    change('PARTY', 'ADDED', null, 'IMPLEMENTATION_PARTNER', 'BDTech', COMPANY.id),
    change('PARTY', 'moneyContribution', '0', '250000000', 'TDMU', UNIVERSITY.id),
    change('MILESTONE', 'dueDate', '2026-04-30', '2026-06-01', 'Khảo sát hiện trạng', 'm-1'),
    change('MILESTONE', 'responsibleOrganisationId', UNIVERSITY.id, COMPANY.id, 'Lắp đặt cảm biến', 'm-2'),
    change('ATTACHMENT', 'REMOVED', 'f-1', null, 'khao-sat.pdf', 'f-1'),
  ],
};

describe('VersionDiff', () => {
  it('marks added and removed lines of the terms with + and − as well as colour, and says so to screen readers', async () => {
    renderWithProviders(<VersionDiff diff={diff} />);

    const terms = await screen.findByRole('list', { name: 'Thay đổi của điều khoản, từng dòng' });
    const lines = within(terms).getAllByTestId('diff-line');
    const removed = lines.find((item) => item.dataset.kind === 'REMOVED');
    const added = lines.filter((item) => item.dataset.kind === 'ADDED');
    expect(removed).toHaveTextContent('−Bỏ: Thời hạn 12 tháng.');
    expect(nth(added, 0)).toHaveTextContent('+Thêm: Thời hạn 18 tháng.');
    expect(nth(added, 1)).toHaveTextContent('Điều 9. Bảo mật dữ liệu.');
    expect(within(nth(added, 0)).getByTestId('diff-marker')).toHaveTextContent('+');
    expect(within(nth(added, 0)).getByTestId('diff-marker')).toHaveAttribute('aria-hidden');
  });

  it('folds a long unchanged stretch, and unfolds it on request', async () => {
    const { user } = renderWithProviders(<VersionDiff diff={diff} />);

    const terms = await screen.findByRole('list', { name: 'Thay đổi của điều khoản, từng dòng' });
    // 12 unchanged lines between two changes: 3 kept on each side, 6 folded.
    expect(within(terms).queryByText('Khoản 5.')).not.toBeInTheDocument();
    expect(within(terms).getByText('Khoản 3.')).toBeInTheDocument();
    expect(within(terms).getByText('Khoản 10.')).toBeInTheDocument();
    await user.click(within(terms).getByRole('button', { name: 'Hiện 6 dòng không đổi' }));
    expect(within(terms).getByText('Khoản 5.')).toBeInTheDocument();
  });

  it('lists the other changes field by field, in words and in the reader’s formats', async () => {
    renderWithProviders(<VersionDiff diff={diff} />);

    const table = await screen.findByTestId('field-changes');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(nth(rows, 0)).toHaveTextContent('Thoả thuậnTiêu đềCảnh báo ngậpCảnh báo ngập lụt đô thị');
    expect(nth(rows, 1)).toHaveTextContent('Công bố tóm tắtKhông');
    expect(nth(rows, 1)).toHaveTextContent('Có');
    expect(nth(rows, 2)).toHaveTextContent('BênBDTechĐược thêm—Đối tác triển khai');
    expect(nth(rows, 3).textContent?.replace(/\u00a0/g, ' ')).toContain('Đóng góp bằng tiền0 ₫250.000.000 ₫');
    expect(nth(rows, 4)).toHaveTextContent('MốcKhảo sát hiện trạngHạn30 tháng 4, 20261 tháng 6, 2026');
    expect(nth(rows, 5)).toHaveTextContent('Bên chịu trách nhiệmTDMUBDTech');
    expect(nth(rows, 6)).toHaveTextContent('Tài liệukhao-sat.pdfBị bỏkhao-sat.pdf—');
  });

  it('speaks English when the reader chose it', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<VersionDiff diff={diff} />);
    const table = await screen.findByTestId('field-changes');
    expect(table).toHaveTextContent('Implementation partner');
    expect(table).toHaveTextContent('Responsible party');
    expect(screen.getByRole('list', { name: 'Changes to the terms, line by line' })).toHaveTextContent('+Added: Thời hạn 18 tháng.');
  });
});

describe('foldUnchanged', () => {
  it('keeps short unchanged stretches and folds the start of a long text', () => {
    const lines = [...unchanged, line('ADDED', 'x')];
    const segments = foldUnchanged(lines);
    expect(segments.map((segment) => [segment.kind, segment.lines.length])).toEqual([
      ['folded', 9],
      ['lines', 4],
    ]);
    expect(foldUnchanged([line('UNCHANGED', 'a'), line('ADDED', 'b'), line('UNCHANGED', 'c')]).map((segment) => segment.kind)).toEqual(['lines']);
  });
});
