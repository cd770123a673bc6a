'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { env } from '@/lib/env';
import { createStaff, resetStaffSetup, setupUrl } from '@/lib/staff/create-staff';
import { otherAdminsExist, setStaffDisabled } from '@/lib/staff/manage-staff';
import { isUuid } from '@/lib/review/scope';
import { fail, ok, type ActionResult } from '@/lib/validation/result';
import { withStaff } from '../../_components/staff-action';

type LinkResult = ActionResult<{ url: string; username: string }>;

async function baseUrl(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return configured;
  const h = await headers();
  return `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host') ?? 'localhost:3000'}`;
}

/** Administrators create staff; the answer is the one-time setup link, shown once to hand over. */
export async function createStaffAction(_prev: LinkResult | null, formData: FormData): Promise<LinkResult> {
  return withStaff(
    formData,
    async (staff, _values, form) => {
      const outcome = await createStaff(
        {
          username: String(form.get('username') ?? ''),
          email: String(form.get('email') ?? ''),
          displayName: String(form.get('displayName') ?? ''),
          role: String(form.get('role') ?? '') as 'reviewer',
          university: String(form.get('university') ?? ''),
        },
        { actorId: staff.id },
      );
      if (outcome.ok) {
        const locale = (await getLocale()) === 'en' ? 'en' : 'fa';
        return ok({
          url: setupUrl(await baseUrl(), outcome.setupToken, locale),
          username: outcome.staff.username,
        });
      }
      if (outcome.reason === 'invalid') return fail(outcome.fieldErrors);
      if (outcome.reason === 'usernameTaken') return fail({ username: ['usernameTaken'] });
      return fail({
        university: [outcome.reason === 'universityRequired' ? 'universityRequired' : 'unknownUniversity'],
      });
    },
    { admin: true },
  );
}

/** A new setup link: password and second factor are set again by the person (a lost phone). */
export async function resetStaffAction(_prev: LinkResult | null, formData: FormData): Promise<LinkResult> {
  return withStaff(
    formData,
    async (staff, _values, form) => {
      const staffId = String(form.get('staffId') ?? '');
      if (!isUuid(staffId)) return fail({}, { formError: 'notFound' });
      if (staffId === staff.id && !(await otherAdminsExist(staff.id)))
        return fail({}, { formError: 'lastAdmin' });
      const outcome = await resetStaffSetup(staffId, { actorId: staff.id });
      if (!outcome.ok) return fail({}, { formError: 'notFound' });
      const locale = (await getLocale()) === 'en' ? 'en' : 'fa';
      return ok({
        url: setupUrl(await baseUrl(), outcome.setupToken, locale),
        username: outcome.staff.username,
      });
    },
    { admin: true },
  );
}

export async function toggleStaffAction(
  _prev: ActionResult<null> | null,
  formData: FormData,
): Promise<ActionResult<null>> {
  return withStaff(
    formData,
    async (staff, _values, form) => {
      const outcome = await setStaffDisabled(
        staff,
        String(form.get('staffId') ?? ''),
        form.get('disable') === '1',
      );
      if (outcome.ok) {
        const { revalidatePath } = await import('next/cache');
        revalidatePath('/[locale]/university/staff', 'page');
        return ok(null);
      }
      return fail({}, { formError: outcome.reason === 'self' ? 'cannotDisableSelf' : 'notFound' });
    },
    { admin: true },
  );
}
