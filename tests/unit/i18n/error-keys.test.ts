/**
 * One `errors` namespace for every user-facing error: every key a shared schema can produce, and every
 * key an action or use-case answers, has a text in both languages. Schemas are fed hostile forms (the
 * messages are keys, so an untranslated one would show as a raw key on the page).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { ZodType } from 'zod';
import en from '@/messages/en.json';
import fa from '@/messages/fa.json';
import { createStaffSchema } from '@/lib/staff/create-staff';
import { universitySchema } from '@/lib/staff/save-university';
import { signInTotpSchema, staffPasswordSchema, totpSchema } from '@/lib/staff/staff-password-schema';
import { confirmContactChangeSchema, requestContactCodeSchema } from '@/lib/validation/contact-change';
import { CONTENT_KINDS, contentSchema } from '@/lib/validation/content';
import { loginSchema, staffLoginSchema } from '@/lib/validation/login';
import { educationSchema, personalSchema } from '@/lib/validation/profile';
import { remindUsernameSchema, requestResetSchema, resetPasswordSchema } from '@/lib/validation/recovery';
import { registerSchema, sendEmailCodeSchema, sendMobileCodeSchema } from '@/lib/validation/register';
import { serverChecks } from '@/lib/validation/server-checks';
import { SERVICE_DETAIL_FIELDS, serviceRequestSchema } from '@/lib/validation/service-request';
import { openTicketSchema, replyTicketFormSchema } from '@/lib/validation/support';

const faKeys = new Set(Object.keys(fa.errors));
const enKeys = new Set(Object.keys(en.errors));

const schemas: Array<[string, ZodType]> = [
  ['register iranian', registerSchema('iranian', new Date(), serverChecks)],
  ['register international', registerSchema('international', new Date(), serverChecks)],
  ['send mobile code', sendMobileCodeSchema('iranian', serverChecks)],
  ['send email code', sendEmailCodeSchema],
  ['login', loginSchema],
  ['staff login', staffLoginSchema],
  ['staff second factor', signInTotpSchema],
  ['staff setup code', totpSchema],
  ['staff password', staffPasswordSchema(serverChecks)],
  ['create staff', createStaffSchema],
  ['university', universitySchema],
  ['request reset', requestResetSchema],
  ['reset password', resetPasswordSchema(serverChecks)],
  ['remind username', remindUsernameSchema],
  ['profile personal', personalSchema],
  ['profile education', educationSchema],
  ['open ticket', openTicketSchema],
  ['reply ticket', replyTicketFormSchema],
  ['mobile change code', requestContactCodeSchema('mobile')],
  ['email change confirm', confirmContactChangeSchema('email')],
  ...[...Object.keys(SERVICE_DETAIL_FIELDS), 'study-exemption'].map(
    (slug) => [`request ${slug}`, serviceRequestSchema(slug)] as [string, ZodType],
  ),
  ...CONTENT_KINDS.flatMap((kind) =>
    [true, false].map((isNew) => [`content ${kind}`, contentSchema(kind, { isNew })] as [string, ZodType]),
  ),
];

/** The field names a schema reads (its object shape), so the hostile forms hit real fields. */
function fieldsOf(schema: ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : ['x'];
}

const value = fc.oneof(
  fc.constantFrom('', ' ', '0', '۰۹۱۲', 'a', 'x'.repeat(400), '2026-13-40', '1', 'yes', 'sms', 'email'),
  fc.string({ maxLength: 30 }),
  fc.constant(undefined),
);

describe('every error key has a text in fa and en', () => {
  test.each(schemas)('%s', (_name, schema) => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fieldsOf(schema)), value), (form) => {
        const parsed = schema.safeParse(form);
        if (!parsed.success) for (const issue of parsed.error.issues) seen.add(issue.message);
      }),
      { numRuns: 150 },
    );
    const missing = [...seen].filter((key) => !faKeys.has(key) || !enKeys.has(key));
    expect(missing).toEqual([]);
    // The check can fail: a schema that never refused anything would prove nothing.
    expect(seen.size).toBeGreaterThan(0);
  });

  test('the keys actions and use-cases answer (formError, refused, waitFor, field errors)', () => {
    const root = path.resolve(__dirname, '../../..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(ts|tsx)$/.test(name)) files.push(full);
      }
    };
    walk(path.join(root, 'app'));
    walk(path.join(root, 'lib'));
    const patterns = [
      /formError: '([A-Za-z]+)'/g,
      /refused\('([A-Za-z]+)'/g,
      /waitFor\('([A-Za-z]+)'/g,
      /refuse\('([A-Za-z]+)'/g,
      /fail\(\{ [A-Za-z]+: \['([A-Za-z_]+)'\] \}/g,
      /forbidden: '([A-Za-z]+)'/g,
    ];
    const keys = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of patterns) for (const m of text.matchAll(pattern)) keys.add(m[1]);
    }
    expect(keys.size).toBeGreaterThan(20);
    const missing = [...keys].filter((key) => !faKeys.has(key) || !enKeys.has(key));
    expect(missing).toEqual([]);
  });
});
