import { operationFailed } from './transaction.plugin';

describe('operationFailed', () => {
  it('succeeds without errors', () => {
    expect(operationFailed({ suspendOrganisation: { id: 'x' } }, undefined)).toBe(false);
    expect(operationFailed({ me: null }, [])).toBe(false);
  });

  it('fails on a root-field error or when no data came back', () => {
    expect(operationFailed(null, [{ message: 'x', path: ['suspendOrganisation'] }])).toBe(true);
    expect(operationFailed({ a: { id: 1 }, b: null }, [{ message: 'x', path: ['b'] }])).toBe(true);
    expect(operationFailed({ a: { id: 1 } }, [{ message: 'x' }])).toBe(true);
  });

  it('keeps the work when only a nested field of the answer failed', () => {
    expect(operationFailed({ suspendOrganisation: { id: 'x', members: null } }, [{ message: 'x', path: ['suspendOrganisation', 'members'] }])).toBe(false);
  });

  it('fails when a nested error nulled a root field', () => {
    expect(operationFailed({ suspendOrganisation: null }, [{ message: 'x', path: ['suspendOrganisation', 'owner', 'name'] }])).toBe(true);
  });
});
