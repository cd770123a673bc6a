import { daysLeft } from '@/lib/accounts/lifecycle/completion-deadline';

describe('days left before the completion deadline', () => {
  const now = new Date('2026-11-28T10:00:00Z');
  const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
  test('rounds down, never promises a day that is not there', () => {
    expect(daysLeft(at(30 * 24), now)).toBe(30);
    expect(daysLeft(at(30), now)).toBe(1);
    expect(daysLeft(at(23), now)).toBe(0);
  });
  test('zero once the deadline passed', () => {
    expect(daysLeft(at(-5), now)).toBe(0);
  });
});
