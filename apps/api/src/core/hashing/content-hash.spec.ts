import { canonicalJson } from '@helix/domain';
import type { SubmittedContent } from '@api/modules/proposals/proposal.entity';
import { contentHash } from './content-hash';

const CONTENT: SubmittedContent = {
  title: 'Đèn giao thông thích ứng',
  abstract: 'Signals that learn.',
  approach: '## Method',
  requestedBudget: { amount: 1_500_000_000, currency: 'VND' },
  durationMonths: 18,
  team: [{ name: 'Dr. Lan', role: 'PI', organisation: null }],
  budgetLines: [{ item: 'Sensors', amount: 900_000_000, note: null }],
  partners: [{ organisationId: '7f1c0c4e-0000-4000-8000-000000000001', status: 'CONFIRMED' }],
  attachmentIds: [],
};

describe('the submitted content hash', () => {
  it('is canonical JSON: keys sorted at every level, arrays in order, no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: 'x' }], c: true } })).toBe('{"a":{"c":true,"d":[2,{"y":"x","z":null}]},"b":1}');
  });

  it('does not depend on the order the keys were written in', () => {
    const reordered = Object.fromEntries(Object.entries(CONTENT).reverse()) as unknown as SubmittedContent;
    expect(contentHash(reordered)).toBe(contentHash(CONTENT));
    expect(contentHash(CONTENT)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any change of the content', () => {
    expect(contentHash({ ...CONTENT, durationMonths: 19 })).not.toBe(contentHash(CONTENT));
    expect(contentHash({ ...CONTENT, partners: [] })).not.toBe(contentHash(CONTENT));
  });
});
