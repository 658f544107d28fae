const { TestEnvironment } = require('jest-environment-jsdom');

/**
 * jsdom plus the web-platform pieces it lacks and Node has: the fetch API (react-router's data
 * router builds `Request`s; specs stub `fetch` with real `Response`s), Node's AbortController to
 * go with it (undici refuses jsdom's signals), and TextEncoder/TextDecoder.
 */
class WebEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, {
      fetch,
      Request,
      Response,
      Headers,
      TextEncoder,
      TextDecoder,
    });
  }
}

module.exports = WebEnvironment;
