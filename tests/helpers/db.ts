import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { closeDb, connectPglite, getDb, setConnection, type Db } from '@/db/client';
import { resetEnvCache } from '@/lib/env';

export const usingPostgres = (): boolean => Boolean(process.env.DATABASE_URL);

/**
 * Gives the test file a migrated, seeded database: its own in-memory PGlite loaded from the
 * template, or the real PostgreSQL of DATABASE_URL. Call once at the top of a test file.
 */
export function setupTestDatabase(): () => Promise<Db> {
  beforeAll(async () => {
    resetEnvCache();
    if (usingPostgres()) {
      setConnection(undefined);
      return;
    }
    const file = process.env.PGLITE_TEMPLATE;
    if (!file) throw new Error('PGLITE_TEMPLATE is not set: run the tests through jest (global setup).');
    const template = new Blob([readFileSync(file)]);
    const pg = await PGlite.create({ loadDataDir: template });
    setConnection(connectPglite(pg));
  });
  afterAll(async () => {
    await closeDb();
  });
  return getDb;
}
