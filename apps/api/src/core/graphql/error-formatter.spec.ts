import { GraphQLError } from 'graphql';
import { AppError } from './app-error';
import { formatGraphQLError } from './error-formatter';

const options = (locale: 'vi' | 'en', exposeDetails = false) => ({ locale, exposeDetails, report: jest.fn() });

describe('formatGraphQLError', () => {
  it('translates a refusal and keeps its code and field', () => {
    const error = AppError.badInput('first', 'PAGE_SIZE_TOO_LARGE', { max: 100 });
    const wrapped = new GraphQLError(error.message, { originalError: error, path: ['organisations'] });
    expect(formatGraphQLError({ message: error.message, path: ['organisations'] }, wrapped, options('en'))).toMatchObject({
      message: 'A page holds at most 100 items.',
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
    expect(formatGraphQLError({ message: error.message, path: ['organisations'] }, wrapped, options('vi')).message).toBe('Mỗi trang có tối đa 100 mục.');
  });

  it('names the entity of a NOT_FOUND in the reader language', () => {
    const error = AppError.notFound('organisation');
    expect(formatGraphQLError({ message: '', path: ['organisation'] }, error, options('vi')).message).toBe('Không tìm thấy tổ chức được yêu cầu.');
  });

  it('turns query validation failures into BAD_USER_INPUT', () => {
    const formatted = { message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    const result = formatGraphQLError(formatted, new GraphQLError(formatted.message), options('en'));
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(result.message).toContain('Cannot query field');
  });

  it('hides unexpected errors behind INTERNAL and reports them', () => {
    const opts = options('en');
    const result = formatGraphQLError({ message: 'relation "x" does not exist', path: ['organisations'] }, new Error('relation "x" does not exist'), opts);
    expect(result).toEqual({ message: 'Something went wrong on the server. Please try again later.', path: ['organisations'], locations: undefined, extensions: { code: 'INTERNAL' } });
    expect(opts.report).toHaveBeenCalledTimes(1);
  });

  it('says the database is unavailable when the connection is refused', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const result = formatGraphQLError({ message: 'x', path: ['organisations'] }, refused, options('en'));
    expect(result.extensions).toEqual({ code: 'INTERNAL' });
    expect(result.message).toMatch(/database is temporarily unavailable/);
  });

  it("turns the database's deadline guard into DEADLINE_PASSED", () => {
    const late = Object.assign(new Error('the closing time has passed'), { code: 'HX001' });
    const result = formatGraphQLError({ message: 'x', path: ['submitProposal'] }, late, options('en'));
    expect(result.extensions).toEqual({ code: 'DEADLINE_PASSED' });
    expect(result.message).toBe('The project has passed its closing time.');
  });

  it('shows details of unexpected errors only when asked (development)', () => {
    const result = formatGraphQLError({ message: 'boom', path: ['x'] }, new Error('boom'), options('en', true));
    expect(result.extensions).toMatchObject({ code: 'INTERNAL', detail: 'boom' });
  });
});
