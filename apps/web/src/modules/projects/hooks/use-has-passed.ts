import { useEffect, useState } from 'react';

/** Longest delay setTimeout keeps (about 24.8 days); later moments re-arm the timer. */
const MAX_DELAY = 2 ** 31 - 1;

/** Whether `moment` has passed, turning true at that very instant (no polling). */
export function useHasPassed(moment: string | null | undefined): boolean {
  const at = moment ? new Date(moment).getTime() : Number.NaN;
  const [passedAt, setPassedAt] = useState<number | null>(null);
  const passed = passedAt === at || (!Number.isNaN(at) && at <= Date.now());
  useEffect(() => {
    if (Number.isNaN(at) || at <= Date.now()) return;
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      const delay = at - Date.now();
      if (delay <= 0) {
        setPassedAt(at);
        return;
      }
      timer = setTimeout(arm, Math.min(delay, MAX_DELAY));
    };
    arm();
    return () => clearTimeout(timer);
  }, [at]);
  return passed;
}
