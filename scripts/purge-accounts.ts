/**
 * `npm run accounts:purge`: one purge pass (reminders, then deletion of overdue pre-registrations),
 * for cron on any instance. Safe to run on several at once; prints counts only, no personal data.
 */
import { closeDb } from '../db/client';
import { prepareDatabase } from '../db/prepare';
import { purgeIncomplete } from '../lib/accounts/lifecycle/purge-incomplete';

async function main(): Promise<void> {
  await prepareDatabase({ withSeed: false });
  const report = await purgeIncomplete(new Date());
  console.info(
    `accounts:purge — deleted ${report.deleted}, 7-day reminders ${report.reminded7}, 2-day reminders ${report.reminded2}`,
  );
}

main()
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    console.error('accounts:purge failed:', error instanceof Error ? error.message : error);
    await closeDb().catch(() => {});
    process.exit(1);
  });
