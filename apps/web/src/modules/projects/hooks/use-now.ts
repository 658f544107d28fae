import { useSyncExternalStore } from 'react';

interface Clock {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => number;
}

/** One timer per precision, shared by every component that shows the time left. */
function createClock(intervalMs: number): Clock {
  let now = Date.now();
  let timer: ReturnType<typeof setInterval> | undefined;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        now = Date.now();
        timer = setInterval(() => {
          now = Date.now();
          listeners.forEach((notify) => notify());
        }, intervalMs);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) clearInterval(timer);
      };
    },
    getSnapshot: () => now,
  };
}

const clocks = { second: createClock(1000), minute: createClock(60_000) };

export type ClockPrecision = keyof typeof clocks;

/** The current time (ms), re-rendering every second or every minute. */
export function useNow(precision: ClockPrecision): number {
  const clock = clocks[precision];
  return useSyncExternalStore(clock.subscribe, clock.getSnapshot, clock.getSnapshot);
}
