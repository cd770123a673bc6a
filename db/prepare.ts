import 'server-only';
import { isProduction } from '@/lib/env';
import { connection } from './client';
import { seed } from './seed';

/** Migrates and seeds; safe to call from every instance at start (advisory lock + idempotent seed). */
export async function prepareDatabase({ withSeed = true }: { withSeed?: boolean } = {}): Promise<void> {
  const conn = await connection();
  await conn.migrate();
  // Demo staff (public passwords) exist only in development and tests.
  if (withSeed) await seed(conn.db, { demoStaff: !isProduction() });
}
