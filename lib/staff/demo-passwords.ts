import 'server-only';
import { isNotNull } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { staffUsers } from '@/db/schema';
import { STAFF } from '@/db/seed-data';
import { verifyPassword } from '@/lib/crypto/password';

/**
 * The usernames of staff accounts whose password is one of the published demo passwords, whatever
 * the account is called now: every stored hash is verified against every demo password (argon2id,
 * a few dozen milliseconds each, once per start).
 */
export async function staffWithDemoPasswords(db?: DbOrTx): Promise<string[]> {
  const handle = db ?? (await getDb());
  const rows = await handle
    .select({ username: staffUsers.username, hash: staffUsers.passwordHash })
    .from(staffUsers)
    .where(isNotNull(staffUsers.passwordHash));
  const demo = STAFF.map((s) => s.demoPassword);
  const found: string[] = [];
  // Four rows at a time: argon2 runs on libuv's four threads.
  for (let i = 0; i < rows.length; i += 4) {
    await Promise.all(
      rows.slice(i, i + 4).map(async (row) => {
        const checks = await Promise.all(demo.map((p) => verifyPassword(row.hash!, p)));
        if (checks.some(Boolean)) found.push(row.username);
      }),
    );
  }
  return found.sort();
}

/** The message a production start prints before refusing: what is wrong and how to fix it. */
export function demoPasswordRefusal(usernames: string[]): string {
  return (
    `[security] Refusing to start: ${usernames.length} staff account(s) still have a published demo password: ` +
    `${usernames.join(', ')}.\n` +
    '[security] Fix: give each a new setup link with `npm run staff:create -- --reset USERNAME` (clears the ' +
    'password and second factor; the person sets their own), and create your own administrator with ' +
    '`npm run staff:create -- --username U --email E --role admin`. Then start again.'
  );
}
