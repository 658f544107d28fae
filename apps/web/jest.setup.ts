import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Lazy routes and Mantine transitions settle slowly when the suite shares two cores with the
// API and browser tests (as in CI); waiting up to 10 s only costs time when something is wrong.
configure({ asyncUtilTimeout: 10_000 });

// jsdom implements neither matchMedia nor ResizeObserver, which Mantine calls while rendering, nor
// scrolling, which react-router's ScrollRestoration does on every navigation.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub implements ResizeObserver {
  observe = (): void => undefined;
  unobserve = (): void => undefined;
  disconnect = (): void => undefined;
}
window.ResizeObserver = ResizeObserverStub;

window.scrollTo = (): void => undefined;
