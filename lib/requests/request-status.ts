/**
 * A request's life: filed (`submitted`) → `in_review` → decided (`approved` | `rejected`, with a
 * reason). Pure, so the timeline page and the use-case agree on the order and on what may follow what.
 */
export const REQUEST_STATUSES = ['submitted', 'in_review', 'approved', 'rejected'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export type RequestDecision = Exclude<RequestStatus, 'submitted'>;

const NEXT: Record<RequestStatus, readonly RequestStatus[]> = {
  submitted: ['in_review'],
  in_review: ['approved', 'rejected'],
  approved: [],
  rejected: [],
};

export const isRequestStatus = (value: unknown): value is RequestStatus =>
  typeof value === 'string' && (REQUEST_STATUSES as readonly string[]).includes(value);

export const canMoveRequest = (from: string, to: RequestStatus): boolean =>
  isRequestStatus(from) && NEXT[from].includes(to);

/** The statuses a request may be in for `to` to follow. */
export const requestStatusesAllowing = (to: RequestStatus): RequestStatus[] =>
  REQUEST_STATUSES.filter((from) => NEXT[from].includes(to));

export const isDecided = (status: string): boolean => status === 'approved' || status === 'rejected';

/** The three stages the applicant sees, and which one a status reaches. */
export const TIMELINE_STAGES = ['filed', 'review', 'decided'] as const;
export type TimelineStage = (typeof TIMELINE_STAGES)[number];
export const stageOf = (status: string): TimelineStage =>
  status === 'in_review' ? 'review' : isDecided(status) ? 'decided' : 'filed';
