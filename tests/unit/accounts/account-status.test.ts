import {
  ACCOUNT_STATUSES,
  canFileRequests,
  isProfileEditable,
  nextStatus,
  statusesAllowing,
  type StatusEvent,
} from '@/lib/accounts/lifecycle/account-status';

describe('account status state machine', () => {
  test.each([
    ['pre_registered', 'submit', 'profile_submitted'],
    ['profile_submitted', 'approve', 'approved'],
    ['profile_submitted', 'reject', 'rejected'],
    ['rejected', 'submit', 'profile_submitted'],
  ] as const)('%s --%s--> %s', (from, event, to) => {
    expect(nextStatus(from, event)).toBe(to);
  });

  test('every other transition is refused', () => {
    const allowed = new Set([
      'pre_registered:submit',
      'profile_submitted:approve',
      'profile_submitted:reject',
      'rejected:submit',
    ]);
    const events: StatusEvent[] = ['submit', 'approve', 'reject'];
    for (const from of ACCOUNT_STATUSES) {
      for (const event of events) {
        if (!allowed.has(`${from}:${event}`)) expect(nextStatus(from, event)).toBeNull();
      }
    }
    expect(nextStatus('pre_registered', 'approve')).toBeNull();
    expect(nextStatus('approved', 'reject')).toBeNull();
  });

  test('allowed-from lists match the table', () => {
    expect(statusesAllowing('submit').sort()).toEqual(['pre_registered', 'rejected']);
    expect(statusesAllowing('approve')).toEqual(['profile_submitted']);
  });

  test('editing and filing follow the status', () => {
    expect(ACCOUNT_STATUSES.filter(isProfileEditable)).toEqual(['pre_registered', 'rejected']);
    expect(ACCOUNT_STATUSES.filter(canFileRequests)).toEqual(['approved']);
  });
});
