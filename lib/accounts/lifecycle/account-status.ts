/**
 * The applicant's registration lifecycle as a pure table, so the dashboard, the use-cases and the
 * staff review all agree on what may happen next:
 *
 *   pre_registered ──submit──▶ profile_submitted ──approve──▶ approved
 *                                   │   ▲
 *                                reject  submit (after edits)
 *                                   ▼   │
 *                                  rejected
 */
export const ACCOUNT_STATUSES = ['pre_registered', 'profile_submitted', 'approved', 'rejected'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
export type StatusEvent = 'submit' | 'approve' | 'reject';

const TRANSITIONS: Record<AccountStatus, Partial<Record<StatusEvent, AccountStatus>>> = {
  pre_registered: { submit: 'profile_submitted' },
  profile_submitted: { approve: 'approved', reject: 'rejected' },
  rejected: { submit: 'profile_submitted' },
  // Approval is final for the applicant; undoing it is a staff matter outside this flow.
  approved: {},
};

/** The status an event leads to, or null when the event is not allowed from `from`. */
export function nextStatus(from: AccountStatus, event: StatusEvent): AccountStatus | null {
  return TRANSITIONS[from]?.[event] ?? null;
}

/** The statuses from which `event` is allowed (for conditional UPDATEs that must not race). */
export function statusesAllowing(event: StatusEvent): AccountStatus[] {
  return ACCOUNT_STATUSES.filter((s) => nextStatus(s, event) !== null);
}

export function isAccountStatus(value: unknown): value is AccountStatus {
  return typeof value === 'string' && (ACCOUNT_STATUSES as readonly string[]).includes(value);
}

/** The profile can be edited before the first submit and again after a rejection. */
export function isProfileEditable(status: AccountStatus): boolean {
  return status === 'pre_registered' || status === 'rejected';
}

/** Only approved applicants file requests (support tickets are open to everyone signed in). */
export function canFileRequests(status: AccountStatus): boolean {
  return status === 'approved';
}
