import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const ts = (name: string) => timestamp(name, { withTimezone: true });

/* ------------------------------------------------------------------ content (seeded, bilingual) */

/**
 * Editorial state of a content row (edited by administrators at /{locale}/university/content). A row is
 * on the public pages only when `published` and its publish time has come; `published` with a future
 * time is what the editor sees as "scheduled".
 */
export const contentState = pgEnum('content_state', ['draft', 'published', 'unpublished']);
const state = () => contentState('state').notNull().default('published');
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const news = pgTable('news', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  titleFa: text('title_fa').notNull(),
  titleEn: text('title_en').notNull(),
  bodyFa: text('body_fa').notNull(),
  bodyEn: text('body_en').notNull(),
  /** The publish time (shown as the news date). */
  publishedAt: ts('published_at').notNull(),
  state: state(),
  updatedAt: updatedAt(),
});

export const faqs = pgTable('faqs', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  position: integer('position').notNull(),
  questionFa: text('question_fa').notNull(),
  questionEn: text('question_en').notNull(),
  answerFa: text('answer_fa').notNull(),
  answerEn: text('answer_en').notNull(),
  state: state(),
  publishAt: ts('publish_at').notNull().defaultNow(),
  updatedAt: updatedAt(),
});

export const departments = pgTable('departments', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  position: integer('position').notNull(),
  nameFa: text('name_fa').notNull(),
  nameEn: text('name_en').notNull(),
});

export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    nameFa: text('name_fa').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionFa: text('description_fa').notNull(),
    descriptionEn: text('description_en').notNull(),
    /** Services such as support are open to any signed-in user; the rest need an approved account. */
    requiresApproval: boolean('requires_approval').notNull().default(true),
    /** Who may apply, shown on the service page before the form (what to prepare). */
    eligibilityFa: text('eligibility_fa'),
    eligibilityEn: text('eligibility_en'),
    /** The last day requests are taken (shown as a Jalali date on fa); null: open all year. */
    deadline: date('deadline', { mode: 'string' }),
    updatedAt: updatedAt(),
  },
  (t) => [index('services_department_idx').on(t.departmentId)],
);

export const examCalendar = pgTable('exam_calendar', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  examFa: text('exam_fa').notNull(),
  examEn: text('exam_en').notNull(),
  examDate: date('exam_date', { mode: 'string' }).notNull(),
  registrationDeadline: date('registration_deadline', { mode: 'string' }).notNull(),
  locationFa: text('location_fa').notNull(),
  locationEn: text('location_en').notNull(),
  state: state(),
  publishAt: ts('publish_at').notNull().defaultNow(),
  updatedAt: updatedAt(),
});

export const announcements = pgTable('announcements', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  titleFa: text('title_fa').notNull(),
  titleEn: text('title_en').notNull(),
  bodyFa: text('body_fa').notNull(),
  bodyEn: text('body_en').notNull(),
  publishedAt: ts('published_at').notNull(),
  state: state(),
  updatedAt: updatedAt(),
});

export const universities = pgTable('universities', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The university's code (`staff:create --university CODE`). */
  slug: text('slug').notNull().unique(),
  nameFa: text('name_fa').notNull(),
  nameEn: text('name_en').notNull(),
  cityFa: text('city_fa').notNull(),
  cityEn: text('city_en').notNull(),
  /** A deactivated university is no longer offered on the profile form; its applicants stay. */
  active: boolean('active').notNull().default(true),
});

/* ------------------------------------------------------------------ accounts */

export const accountStatus = pgEnum('account_status', [
  'pre_registered',
  'profile_submitted',
  'approved',
  'rejected',
]);
export const accountKind = pgEnum('account_kind', ['iranian', 'international']);

export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: accountKind('kind').notNull(),
    /** The login name: the national code for Iranians, the email for international students. */
    username: text('username').notNull(),
    nationalCode: text('national_code'),
    passportNumber: text('passport_number'),
    citizenship: text('citizenship'),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    mobile: text('mobile').notNull(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    mobileVerifiedAt: ts('mobile_verified_at'),
    emailVerifiedAt: ts('email_verified_at'),
    rulesVersion: text('rules_version').notNull(),
    rulesAcceptedAt: ts('rules_accepted_at').notNull(),
    locale: text('locale').notNull().default('fa'),
    status: accountStatus('status').notNull().default('pre_registered'),
    statusReason: text('status_reason'),
    statusChangedAt: ts('status_changed_at'),
    reviewedBy: uuid('reviewed_by'),
    completionDeadline: ts('completion_deadline').notNull(),
    reminder7SentAt: ts('reminder_7_sent_at'),
    reminder2SentAt: ts('reminder_2_sent_at'),
    /** Bumped on password change and "sign out everywhere"; every session carries the version it was issued with. */
    sessionVersion: integer('session_version').notNull().default(1),
    passwordChangedAt: ts('password_changed_at'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('accounts_username_uq').on(t.username),
    uniqueIndex('accounts_national_code_uq').on(t.nationalCode),
    index('accounts_status_deadline_idx').on(t.status, t.completionDeadline),
    index('accounts_mobile_idx').on(t.mobile),
    index('accounts_email_idx').on(t.email),
    // Prefix search in the review queue (LIKE 'q%' needs the pattern operator class outside the C locale).
    index('accounts_national_code_prefix_idx').on(t.nationalCode.op('text_pattern_ops')),
    index('accounts_last_name_prefix_idx').on(t.lastName.op('text_pattern_ops')),
  ],
);

export const profiles = pgTable(
  'profiles',
  {
    accountId: uuid('account_id')
      .primaryKey()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    fatherName: text('father_name'),
    gender: text('gender'),
    birthPlace: text('birth_place'),
    address: text('address'),
    postalCode: text('postal_code'),
    landline: text('landline'),
    educationStatus: text('education_status'),
    universityId: uuid('university_id').references(() => universities.id),
    foreignCountry: text('foreign_country'),
    foreignUniversity: text('foreign_university'),
    level: text('level'),
    field: text('field'),
    studentNumber: text('student_number'),
    entryYear: integer('entry_year'),
    graduationDate: date('graduation_date', { mode: 'string' }),
    /** The last completed step, so a reload resumes where the applicant stopped. */
    completedStep: integer('completed_step').notNull().default(0),
    submittedAt: ts('submitted_at'),
    /**
     * The account's status, copied here by changeAccountStatus (the only writer of accounts.status) once
     * the profile was submitted: the review queue and its count of waiting applicants then read one
     * index, (university, status, submission time), instead of joining 100,000 accounts.
     */
    reviewStatus: accountStatus('review_status'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  // The review queue walks a university's submissions in submission order (keyset pagination).
  (t) => [
    index('profiles_queue_idx').on(t.universityId, t.reviewStatus, t.submittedAt, t.accountId),
    index('profiles_queue_all_idx').on(t.reviewStatus, t.submittedAt, t.accountId),
  ],
);

/**
 * How many applicants wait for review, per university (the nil uuid: profiles without one, e.g. a
 * university abroad). Kept by changeAccountStatus in the same transaction as each status change, so
 * the queue's count is one row read instead of counting tens of thousands of index entries.
 */
export const reviewQueueCounts = pgTable('review_queue_counts', {
  universityKey: uuid('university_key').primaryKey(),
  waiting: integer('waiting').notNull().default(0),
});

/** `reviewer`: one university's officer; `admin`: the organization's administrators (all universities). */
export const staffRole = pgEnum('staff_role', ['reviewer', 'admin']);

export const staffUsers = pgTable('staff_users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  email: text('email'),
  /** Null until the person sets a password through the setup link. */
  passwordHash: text('password_hash'),
  role: staffRole('role').notNull(),
  universityId: uuid('university_id').references(() => universities.id),
  sessionVersion: integer('session_version').notNull().default(1),
  /** SHA-256 of the one-time setup token and its expiry (24 h); cleared when the setup is finished. */
  setupTokenHash: text('setup_token_hash').unique(),
  setupExpiresAt: ts('setup_expires_at'),
  /** The TOTP secret, encrypted with a key derived from AUTH_SECRET (AES-256-GCM). */
  totpSecret: text('totp_secret'),
  totpEnabledAt: ts('totp_enabled_at'),
  /** The last accepted TOTP time step: a code is accepted once (no replay within its window). */
  totpLastStep: integer('totp_last_step'),
  passwordChangedAt: ts('password_changed_at'),
  disabledAt: ts('disabled_at'),
  createdAt: createdAt(),
});

/**
 * One row per staff sign-in: the session cookie names it, so a staff session idles out after 15 minutes
 * of no requests (measured here, on the server, not by the cookie) and sign-out ends it for good.
 */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    lastSeenAt: ts('last_seen_at').notNull(),
    endedAt: ts('ended_at'),
    createdAt: createdAt(),
  },
  (t) => [index('staff_sessions_staff_idx').on(t.staffId)],
);

/** Ten single-use recovery codes per staff member, shown once at enrollment, stored as keyed hashes. */
export const staffRecoveryCodes = pgTable(
  'staff_recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: ts('used_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('staff_recovery_codes_uq').on(t.staffId, t.codeHash)],
);

/* ------------------------------------------------------------------ verification, human check, sessions, delivery */

export const verificationCodes = pgTable(
  'verification_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What the code proves: register-mobile, register-email, reset-password, change-mobile, change-email. */
    purpose: text('purpose').notNull(),
    /** Normalized mobile or email the code was sent to. */
    target: text('target').notNull(),
    channel: text('channel').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: ts('expires_at').notNull(),
    consumedAt: ts('consumed_at'),
    /** Set once the code was checked successfully and before it is consumed by the final submit. */
    verifiedAt: ts('verified_at'),
    createdAt: createdAt(),
  },
  // One live code per purpose and target: issuing a new one replaces (voids) the previous one.
  (t) => [uniqueIndex('verification_purpose_target_uq').on(t.purpose, t.target)],
);

/**
 * Human-check (ALTCHA) solutions already spent: a solved challenge passes once, for its purpose.
 * The id is the challenge's signed nonce; rows are useless after expiresAt and are trimmed on insert.
 */
export const humanCheckUses = pgTable(
  'human_check_uses',
  {
    id: text('id').primaryKey(),
    purpose: text('purpose').notNull(),
    expiresAt: ts('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('human_check_uses_expires_idx').on(t.expiresAt)],
);

/**
 * Sessions ended by signing out: the session's id (a random value inside the signed cookie) is kept
 * until the session could have expired anyway, so a copied cookie stops working at once.
 */
export const endedSessions = pgTable(
  'ended_sessions',
  {
    id: text('id').primaryKey(),
    expiresAt: ts('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('ended_sessions_expires_idx').on(t.expiresAt)],
);

export const outboxChannel = pgEnum('outbox_channel', ['sms', 'voice', 'email']);

export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channel: outboxChannel('channel').notNull(),
    to: text('to').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('outbox_to_idx').on(t.to), index('outbox_created_idx').on(t.createdAt)],
);

/**
 * The delivery queue: every SMS, call and email is written here in the same transaction as the change
 * that causes it, and sent by the delivery worker (lib/delivery/worker.ts) with timeouts, retries with
 * backoff and a final `failed` state. `code` is kept only until the message is sent or given up.
 */
export const deliveries = pgTable(
  'deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The notification template (messages/*.json → notifications.<template>). */
    template: text('template').notNull(),
    channel: outboxChannel('channel').notNull(),
    to: text('to').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    /** For code messages: the bare code (provider templates) and what it proves (given back on failure). */
    code: text('code'),
    codePurpose: text('code_purpose'),
    /** pending → sending → sent | pending (retry) | failed; `suppressed` rows are never sent. */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    /** A claimed row whose worker died is taken again once this passes. */
    lockedUntil: ts('locked_until'),
    lastError: text('last_error'),
    driver: text('driver'),
    providerId: text('provider_id'),
    sentAt: ts('sent_at'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('deliveries_due_idx').on(t.status, t.nextAttemptAt),
    index('deliveries_created_idx').on(t.createdAt),
  ],
);

/* ------------------------------------------------------------------ requests, support, audit */

export const serviceRequests = pgTable(
  'service_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trackingNumber: text('tracking_number').notNull().unique(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    details: jsonb('details')
      .$type<Record<string, string>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** submitted → under_review → approved | rejected (lib/requests/request-status.ts). */
    status: text('status').notNull().default('submitted'),
    /** The decision's reason, shown to the applicant (required for a rejection). */
    decisionReason: text('decision_reason'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('service_requests_account_idx').on(t.accountId)],
);

/** The status timeline of a request: one row per change, the filing included. */
export const requestStatusEvents = pgTable(
  'request_status_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    reason: text('reason'),
    /** The staff member who made the change; null for the applicant's filing and the dev API. */
    staffId: uuid('staff_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('request_status_events_request_idx').on(t.requestId)],
);

/**
 * An applicant's uploaded file. The bytes live in the storage driver (disk or S3) under
 * `{accountId}/{id}`, so the purge can delete every file of an account by its prefix.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** Set when the document is filed with a request; profile documents have none. */
    requestId: uuid('request_id').references(() => serviceRequests.id, { onDelete: 'cascade' }),
    /** photo, identity, enrollment, transcript, military, other (lib/documents/kinds.ts). */
    kind: text('kind').notNull(),
    /** The type found in the bytes (never the browser's claim): image/jpeg, image/png or application/pdf. */
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    /** The applicant's file name, cleaned, for display and the download name only. */
    fileName: text('file_name').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('documents_account_idx').on(t.accountId), index('documents_request_idx').on(t.requestId)],
);

export const supportTickets = pgTable(
  'support_tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** The number people quote («تیکت شماره ۱۲»); ids stay internal. */
    number: serial('number').notNull().unique(),
    subject: text('subject').notNull(),
    /** open (waiting for staff), answered (waiting for the applicant), closed. */
    status: text('status').notNull().default('open'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('support_tickets_account_idx').on(t.accountId),
    index('support_tickets_status_updated_idx').on(t.status, t.updatedAt),
  ],
);

export const ticketMessages = pgTable(
  'ticket_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => supportTickets.id, { onDelete: 'cascade' }),
    author: text('author').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('ticket_messages_ticket_idx').on(t.ticketId)],
);

/** Security-relevant events. No personal data: the account id (nullable) and a keyed hash of the client address. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').notNull(),
    accountId: uuid('account_id'),
    clientHash: text('client_hash'),
    meta: jsonb('meta').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_events_account_idx').on(t.accountId),
    index('audit_events_type_idx').on(t.type),
    index('audit_events_created_idx').on(t.createdAt),
    // The sign-in throttle (lib/accounts/sign-in/login-attempts.ts) counts one login name's or one
    // client's recent failures on every attempt: index lookups, not a scan of every recent sign-in.
    index('audit_events_subject_idx').on(t.type, sql`(${t.meta}->>'subject')`, t.createdAt),
    index('audit_events_client_idx').on(t.type, t.clientHash, t.createdAt),
  ],
);

/** What remains of a purged account: a keyed hash of its national code (or username) and the date. */
export const accountTombstones = pgTable('account_tombstones', {
  id: uuid('id').primaryKey().defaultRandom(),
  usernameHash: text('username_hash').notNull(),
  reason: text('reason').notNull(),
  deletedAt: ts('deleted_at').notNull().defaultNow(),
});

export type Account = typeof accounts.$inferSelect;
export type NewAccount = typeof accounts.$inferInsert;
export type OutboxMessage = typeof outboxMessages.$inferSelect;
export type Delivery = typeof deliveries.$inferSelect;
export type StaffUser = typeof staffUsers.$inferSelect;
export type University = typeof universities.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;
