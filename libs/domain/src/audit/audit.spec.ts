import { auditChanges } from './audit';

describe('audit changes', () => {
  it('lists the fields that differ, objects as JSON, in a stable order', () => {
    expect(auditChanges({ status: 'PENDING_SIGNATURES', version: 3 }, { status: 'ACTIVE', version: 3, signedVersion: 3 })).toEqual([
      { field: 'signedVersion', before: null, after: '3' },
      { field: 'status', before: 'PENDING_SIGNATURES', after: 'ACTIVE' },
    ]);
    expect(auditChanges(null, { role: 'ADMIN', scores: [1, 2] })).toEqual([
      { field: 'role', before: null, after: 'ADMIN' },
      { field: 'scores', before: null, after: '[1,2]' },
    ]);
    expect(auditChanges({ a: 1 }, { a: 1 })).toEqual([]);
  });
});
