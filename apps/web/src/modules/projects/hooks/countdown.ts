import type { TFunction } from 'i18next';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface TimeLeft {
  closed: boolean;
  /** Whole units left, each below the next one up (days unbounded). */
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  totalMs: number;
}

/** How long until `closesAt`; closed from the closing instant on. */
export function timeLeft(closesAt: string | Date, now: number): TimeLeft {
  const totalMs = new Date(closesAt).getTime() - now;
  const left = Math.max(0, totalMs);
  return {
    closed: totalMs <= 0,
    days: Math.floor(left / DAY),
    hours: Math.floor((left % DAY) / HOUR),
    minutes: Math.floor((left % HOUR) / MINUTE),
    seconds: Math.floor((left % MINUTE) / SECOND),
    totalMs,
  };
}

/** Below a day, the page's countdown ticks every second. */
export const SECONDS_PRECISION_BELOW_MS = DAY;

/**
 * "còn 3 ngày" / "3 days left": the largest whole unit (coarse, for cards), or the two largest
 * (fine, for the project page: "còn 2 ngày 5 giờ", "còn 4 phút 12 giây").
 */
export function countdownText(t: TFunction<'projects'>, left: TimeLeft, precision: 'coarse' | 'fine'): string {
  if (left.closed) return t('countdown.closed');
  const units: [number, 'day' | 'hour' | 'minute' | 'second'][] = [
    [left.days, 'day'],
    [left.hours, 'hour'],
    [left.minutes, 'minute'],
    [left.seconds, 'second'],
  ];
  const first = units.findIndex(([value]) => value > 0);
  if (precision === 'coarse') {
    if (first < 0 || first === 3) return t('countdown.lessThanMinute');
    const [value, unit] = units[first] ?? [0, 'minute'];
    return t('countdown.left', { time: t(`units.${unit}`, { count: value }) });
  }
  const start = first < 0 ? units.length - 1 : first;
  const parts = units.slice(start, start + 2).filter(([value], index) => index === 0 || value > 0);
  return t('countdown.left', { time: parts.map(([value, unit]) => t(`units.${unit}`, { count: value })).join(' ') });
}
