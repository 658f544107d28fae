import { i18n } from '@web/app/i18n';
import { countdownText, timeLeft } from './countdown';

const NOW = Date.parse('2026-03-12T12:00:00Z');
const at = (ms: number) => new Date(NOW + ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('countdown', () => {
  const vi = i18n.getFixedT('vi', 'projects');
  const en = i18n.getFixedT('en', 'projects');

  it('says the largest whole unit left on cards', () => {
    expect(countdownText(vi, timeLeft(at(3 * DAY + 5 * HOUR), NOW), 'coarse')).toBe('còn 3 ngày');
    expect(countdownText(en, timeLeft(at(3 * DAY + 5 * HOUR), NOW), 'coarse')).toBe('3 days left');
    expect(countdownText(en, timeLeft(at(DAY), NOW), 'coarse')).toBe('1 day left');
    expect(countdownText(vi, timeLeft(at(5 * HOUR + 59 * MINUTE), NOW), 'coarse')).toBe('còn 5 giờ');
    expect(countdownText(en, timeLeft(at(12 * MINUTE), NOW), 'coarse')).toBe('12 minutes left');
    expect(countdownText(vi, timeLeft(at(40_000), NOW), 'coarse')).toBe('còn chưa đầy 1 phút');
  });

  it('gives the two largest units on the project page', () => {
    expect(countdownText(vi, timeLeft(at(2 * DAY + 5 * HOUR + 3 * MINUTE), NOW), 'fine')).toBe('còn 2 ngày 5 giờ');
    expect(countdownText(en, timeLeft(at(HOUR + 30_000), NOW), 'fine')).toBe('1 hour left');
    expect(countdownText(en, timeLeft(at(4 * MINUTE + 12_000), NOW), 'fine')).toBe('4 minutes 12 seconds left');
    expect(countdownText(vi, timeLeft(at(500), NOW), 'fine')).toBe('còn 0 giây');
  });

  it('is closed from the closing instant on', () => {
    expect(timeLeft(at(0), NOW).closed).toBe(true);
    expect(countdownText(vi, timeLeft(at(-DAY), NOW), 'fine')).toBe('Đã hết hạn nộp');
    expect(countdownText(en, timeLeft(at(-1), NOW), 'coarse')).toBe('Closed');
  });
});
