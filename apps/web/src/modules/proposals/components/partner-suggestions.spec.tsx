import { screen, waitFor, within } from '@testing-library/react';
import { PARTNER_SUGGESTIONS_QUERY, PARTNER_SUGGESTIONS_SIZE } from '@web/modules/proposals/components/partner-suggestions';
import { UPDATE_PROPOSAL_MUTATION } from '@web/modules/proposals/graphql/proposals';
import { sessionMembership, sessionUser } from '@web/testing/identity';
import { editableProposal, LEAD_ID, partner, PARTNER_ORG, PROPOSAL_ID, proposalAnswer } from '@web/testing/proposals';
import { renderApp } from '@web/testing/render';

const me = sessionUser({ memberships: [sessionMembership({ organisationId: LEAD_ID, name: 'Trường Đại học Thủ Dầu Một', kind: 'UNIVERSITY', role: 'MEMBER' })] });
const path = `/proposals/${PROPOSAL_ID}/edit`;

jest.setTimeout(40_000);

const CITY = { __typename: 'Organisation' as const, id: '00000000-0000-4000-8000-0000000000c1', name: 'Sở Khoa học và Công nghệ Bình Dương', shortName: null, kind: 'STATE' as const };

const suggestionsAnswer = () => ({
  request: { query: PARTNER_SUGGESTIONS_QUERY, variables: { proposalId: PROPOSAL_ID, first: PARTNER_SUGGESTIONS_SIZE * 2 } },
  result: {
    data: {
      partnerSuggestions: [
        { __typename: 'PartnerSuggestion', score: 0.8, reasons: ['ELIGIBLE_KIND', 'EXPERTISE_MATCH', 'PAST_COLLABORATION'], matchedExpertise: ['giao thông', 'cảm biến'], organisation: PARTNER_ORG },
        { __typename: 'PartnerSuggestion', score: 0.3, reasons: ['COMPLETES_HELIX'], matchedExpertise: [], organisation: CITY },
      ],
    },
  },
});

describe('suggested partners', () => {
  it('lists suggestions with their reasons and adds one to the consortium, saved by the autosave', async () => {
    const draft = editableProposal({ partners: [] });
    const update = {
      request: { query: UPDATE_PROPOSAL_MUTATION, variables: { id: PROPOSAL_ID, input: { partnerOrganisationIds: [CITY.id] }, expectedVersion: 3 } },
      result: jest.fn(() => ({ data: { updateProposal: { ...draft, partners: [partner('PENDING', CITY)], version: 4 } } })),
    };
    const { user } = renderApp({ path, me, mocks: [proposalAnswer(draft), suggestionsAnswer(), update] });

    const list = await screen.findByRole('list', { name: 'Đối tác gợi ý' });
    const rows = await within(list).findAllByTestId('partner-suggestion');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Công ty Cổ phần Công nghệ Bình Dương (BDTech)');
    for (const chip of ['Đủ điều kiện tham gia', 'Chuyên môn phù hợp', 'Đã từng hợp tác']) expect(within(rows[0] as HTMLElement).getByText(chip)).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('Phù hợp: giao thông, cảm biến');
    expect(within(rows[1] as HTMLElement).getByText('Hoàn thiện mô hình ba nhà')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `Thêm ${CITY.name} làm đối tác` }));
    const row = await screen.findByTestId('partner-row');
    expect(row).toHaveTextContent(CITY.name);
    expect(within(row).getByTestId('partner-status')).toHaveTextContent('Chờ xác nhận');
    // Once named, it is no longer suggested.
    expect(within(list).getAllByTestId('partner-suggestion')).toHaveLength(1);
    await waitFor(() => expect(update.result).toHaveBeenCalledTimes(1));
  });

  it('is not shown when the editor is read-only (a partner reading the draft)', async () => {
    const draft = editableProposal({ viewerRole: 'PARTNER' });
    renderApp({ path, me, mocks: [proposalAnswer(draft)] });
    expect(await screen.findByRole('textbox', { name: /Tóm tắt/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Đối tác gợi ý' })).not.toBeInTheDocument();
  });
});
