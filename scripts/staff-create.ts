/**
 * `npm run staff:create -- --username U --email E --university CODE --role reviewer|admin`
 *   creates a staff account on the configured database (PGlite by default, or DATABASE_URL) and prints
 *   its one-time setup URL (24 h, single use) on stdout: the person sets their own password and
 *   enrolls an authenticator there.
 * `npm run staff:create -- --list-universities` prints one line per university: code, a tab, the name.
 * `npm run staff:create -- --reset U` clears U's password and second factor and prints a new setup URL
 *   (a lost authenticator, or an account that still has a demo password).
 * Options: --name "Display name", --locale fa|en (of the setup page). APP_URL sets the URL's origin.
 */
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { closeDb, getDb } from '../db/client';
import { prepareDatabase } from '../db/prepare';
import { staffUsers } from '../db/schema';
import { env } from '../lib/env';
import { createStaff, resetStaffSetup, setupUrl } from '../lib/staff/create-staff';
import { listUniversities } from '../lib/staff/universities';

const USAGE =
  'usage: npm run staff:create -- --username U --email E --role reviewer|admin [--university CODE] [--name NAME] [--locale fa|en]\n' +
  '       npm run staff:create -- --list-universities\n' +
  '       npm run staff:create -- --reset USERNAME';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      email: { type: 'string' },
      university: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      locale: { type: 'string' },
      reset: { type: 'string' },
      'list-universities': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.info(USAGE);
    return 0;
  }
  await prepareDatabase();
  const base = env().APP_URL ?? 'http://localhost:3000';
  const locale = values.locale === 'en' ? 'en' : 'fa';

  if (values['list-universities']) {
    for (const u of await listUniversities()) {
      console.info(`${u.slug}\t${u.nameFa}${u.active ? '' : '\t(inactive)'}`);
    }
    return 0;
  }

  if (values.reset) {
    const db = await getDb();
    const [staff] = await db
      .select({ id: staffUsers.id })
      .from(staffUsers)
      .where(eq(staffUsers.username, values.reset.trim().toLowerCase()))
      .limit(1);
    const reset = staff ? await resetStaffSetup(staff.id) : null;
    if (!reset?.ok) {
      console.error(`staff:create: no staff account named "${values.reset}".`);
      return 1;
    }
    console.info(setupUrl(base, reset.setupToken, locale));
    console.error(
      `Setup link for ${reset.staff.username}, valid until ${reset.expiresAt.toISOString()} (single use).`,
    );
    return 0;
  }

  const created = await createStaff({
    username: values.username ?? '',
    email: values.email ?? '',
    role: (values.role ?? '') as 'reviewer',
    university: values.university,
    displayName: values.name,
  });
  if (!created.ok) {
    const why: Record<string, string> = {
      usernameTaken: 'this username is taken',
      unknownUniversity: 'no active university has this code (see --list-universities)',
      universityRequired: 'a reviewer needs --university CODE',
      invalid:
        'invalid input' +
        ('fieldErrors' in created
          ? `: ${Object.entries(created.fieldErrors)
              .map(([k, v]) => `${k} (${v.join(', ')})`)
              .join('; ')}`
          : ''),
    };
    console.error(`staff:create: ${why[created.reason]}\n${USAGE}`);
    return 1;
  }
  // stdout carries only the URL, so scripts can capture it; the note goes to stderr.
  console.info(setupUrl(base, created.setupToken, locale));
  console.error(
    `Created ${created.staff.role} "${created.staff.username}". Send the link above to the person; it is valid until ${created.expiresAt.toISOString()} and works once.`,
  );
  return 0;
}

main()
  .then(async (code) => {
    await closeDb();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error('staff:create failed:', error instanceof Error ? error.message : error);
    await closeDb().catch(() => {});
    process.exit(1);
  });
