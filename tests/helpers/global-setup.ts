import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from '../../db/schema';
import { seed } from '../../db/seed';
import type { Db } from '../../db/client';

const MIGRATIONS = path.join(__dirname, '..', '..', 'db', 'migrations');

/**
 * A fresh PGlite costs seconds and hundreds of MB, so it is built, migrated and seeded once here and
 * dumped to a file; every test file loads that dump into its own in-memory database.
 * With DATABASE_URL the real server is migrated and seeded instead (tests then use unique data).
 */
export default async function globalSetup(): Promise<void> {
  process.env.TZ ??= 'UTC';
  // Uploads and the generated secret of the tests go to a scratch directory, never to ./.data.
  if (!process.env.DATA_DIR) {
    process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), 'sa-data-'));
    process.env.TEST_SCRATCH_DATA_DIR = process.env.DATA_DIR;
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = postgres(url, { max: 1, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema });
    await client`select pg_advisory_lock(72470001)`;
    await migratePostgres(db, { migrationsFolder: MIGRATIONS });
    await client`select pg_advisory_unlock(72470001)`;
    await seed(db as unknown as Db, { demoStaff: true });
    await client.end();
    return;
  }
  const pg = await PGlite.create('memory://');
  const db = drizzlePglite(pg, { schema });
  await migratePglite(db, { migrationsFolder: MIGRATIONS });
  await seed(db as unknown as Db, { demoStaff: true });
  const dump = await pg.dumpDataDir('none');
  await pg.close();
  const dir = mkdtempSync(path.join(tmpdir(), 'sa-pglite-'));
  const file = path.join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  process.env.PGLITE_TEMPLATE = file;
}
