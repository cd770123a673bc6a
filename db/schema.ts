import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const ts = (name: string) => timestamp(name, { withTimezone: true });

/* ------------------------------------------------------------------ content (seeded, bilingual) */

export const news = pgTable('news', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  titleFa: text('title_fa').notNull(),
  titleEn: text('title_en').notNull(),
  bodyFa: text('body_fa').notNull(),
  bodyEn: text('body_en').notNull(),
  publishedAt: ts('published_at').notNull(),
});

export const faqs = pgTable('faqs', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  position: integer('position').notNull(),
  questionFa: text('question_fa').notNull(),
  questionEn: text('question_en').notNull(),
  answerFa: text('answer_fa').notNull(),
  answerEn: text('answer_en').notNull(),
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
});

export const announcements = pgTable('announcements', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  titleFa: text('title_fa').notNull(),
  titleEn: text('title_en').notNull(),
  bodyFa: text('body_fa').notNull(),
  bodyEn: text('body_en').notNull(),
  publishedAt: ts('published_at').notNull(),
});

export const universities = pgTable('universities', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  nameFa: text('name_fa').notNull(),
  nameEn: text('name_en').notNull(),
  cityFa: text('city_fa').notNull(),
  cityEn: text('city_en').notNull(),
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
  ],
);

export const profiles = pgTable('profiles', {
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
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const staffRole = pgEnum('staff_role', ['university', 'admin']);

export const staffUsers = pgTable('staff_users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: staffRole('role').notNull(),
  universityId: uuid('university_id').references(() => universities.id),
  sessionVersion: integer('session_version').notNull().default(1),
  createdAt: createdAt(),
});

/* ------------------------------------------------------------------ verification, captcha, delivery */

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

export const captchaChallenges = pgTable('captcha_challenges', {
  id: uuid('id').primaryKey().defaultRandom(),
  answerHash: text('answer_hash').notNull(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
  createdAt: createdAt(),
});

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
    staffId: uuid('staff_id'),
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
    subject: text('subject').notNull(),
    status: text('status').notNull().default('open'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('support_tickets_account_idx').on(t.accountId)],
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
  (t) => [index('audit_events_account_idx').on(t.accountId), index('audit_events_type_idx').on(t.type)],
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
export type StaffUser = typeof staffUsers.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;
