import { LOGO_MAX_BYTES, logoProblem } from './organisation-logo-settings';

describe('logoProblem', () => {
  it('accepts PNG, JPEG and WebP up to 512 KB', () => {
    expect(logoProblem({ type: 'image/png', size: LOGO_MAX_BYTES })).toBeUndefined();
    expect(logoProblem({ type: 'image/jpeg', size: 1 })).toBeUndefined();
    expect(logoProblem({ type: 'image/webp', size: 1 })).toBeUndefined();
  });

  it('refuses other types and larger files', () => {
    expect(logoProblem({ type: 'image/svg+xml', size: 10 })).toBe('settings.logoType');
    expect(logoProblem({ type: 'image/gif', size: 10 })).toBe('settings.logoType');
    expect(logoProblem({ type: 'image/png', size: LOGO_MAX_BYTES + 1 })).toBe('settings.logoSize');
  });
});
