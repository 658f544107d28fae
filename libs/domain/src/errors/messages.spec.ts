import { ERROR_CODES, isErrorCode } from './error-code';
import { ERROR_MESSAGES, formatMessage } from './messages';

describe('error messages', () => {
  it('has a Vietnamese and an English text for every stable code', () => {
    for (const code of ERROR_CODES) {
      expect(ERROR_MESSAGES[code].vi.length).toBeGreaterThan(0);
      expect(ERROR_MESSAGES[code].en.length).toBeGreaterThan(0);
      expect(ERROR_MESSAGES[code].vi).not.toBe(ERROR_MESSAGES[code].en);
    }
  });

  it('fills parameters and translates entity names', () => {
    expect(formatMessage('RATE_LIMITED', 'en', { seconds: 30 })).toBe('Too many requests. Try again in 30 seconds.');
    expect(formatMessage('NOT_FOUND', 'vi', { entity: 'organisation' })).toBe('Không tìm thấy tổ chức được yêu cầu.');
    expect(formatMessage('NOT_FOUND', 'en', { entity: 'user' })).toBe('The requested user was not found.');
  });

  it('leaves unknown placeholders visible rather than inventing text', () => {
    expect(formatMessage('RATE_LIMITED', 'en')).toBe('Too many requests. Try again in {seconds} seconds.');
  });

  it('recognises only stable codes', () => {
    expect(isErrorCode('CONFLICT')).toBe(true);
    expect(isErrorCode('GRAPHQL_VALIDATION_FAILED')).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
  });
});

describe('proposal messages', () => {
  it('names the missing parts of a submission in the reader’s language', () => {
    expect(formatMessage('PROPOSAL_INCOMPLETE', 'en', { problems: 'TITLE_REQUIRED,PARTNERS_UNCONFIRMED' })).toBe(
      'The proposal cannot be submitted yet: a title, every partner’s confirmation.',
    );
    expect(formatMessage('PROPOSAL_STATUS_FORBIDS', 'vi', { status: 'WITHDRAWN' })).toBe('Không thể thực hiện thao tác này khi đề xuất ở trạng thái đã rút.');
  });
});
