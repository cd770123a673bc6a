import 'server-only';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { dataDir, env } from '@/lib/env';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A database handle or an open transaction: use-cases accept either. */
export type DbOrTx = Db | Tx;

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

interface Connection {
  db: Db;
  kind: 'pglite' | 'postgres';
  close: () => Promise<void>;
  ping: () => Promise<void>;
  migrate: () => Promise<void>;
  /** LISTEN on a channel; notifications arrive when the notifying transaction commits. */
  listen: (channel: string, onNotify: () => void) => Promise<() => Promise<void>>;
}

/**
 * Bounds on every PostgreSQL call: a server that accepts but never answers fails the connection in
 * seconds instead of holding requests, and no statement runs longer than the request could wait.
 */
export const PG_CONNECT_TIMEOUT_SECONDS = 5;
export const PG_STATEMENT_TIMEOUT_MS = 15_000;

// Next's dev server re-evaluates modules on reload; one PGlite per process must survive that,
// because two instances on one data directory corrupt it.
const globalForDb = globalThis as unknown as { __saDb?: Promise<Connection> };

async function connectPostgres(url: string): Promise<Connection> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const options = {
    onnotice: () => {},
    connect_timeout: PG_CONNECT_TIMEOUT_SECONDS,
    connection: { statement_timeout: PG_STATEMENT_TIMEOUT_MS, application_name: 'portal' },
  } as const;
  const client = postgres(url, { ...options, max: 10 });
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    close: () => client.end({ timeout: 5 }),
    ping: async () => {
      await client`select 1`;
    },
    listen: async (channel, onNotify) => {
      const { unlisten } = await client.listen(channel, () => onNotify());
      return unlisten;
    },
    migrate: async () => {
      // Several instances may start at once: one migrates while the others wait on the lock.
      // A dedicated one-connection client, so the lock and the migration share a session.
      // The lock wait is not a statement to time out: other instances wait for the one migrating.
      const single = postgres(url, {
        ...options,
        max: 1,
        connection: { application_name: 'portal-migrate' },
      });
      try {
        await single`select pg_advisory_lock(72470001)`;
        await migrate(drizzle(single, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
        await single`select pg_advisory_unlock(72470001)`;
      } finally {
        await single.end({ timeout: 5 });
      }
    },
  };
}

/** Wraps an existing PGlite (tests load a migrated template into memory and hand it here). */
export async function connectPglite(pg: PGlite): Promise<Connection> {
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const db = drizzle(pg, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    close: () => pg.close(),
    ping: async () => {
      await pg.query('select 1');
    },
    listen: async (channel, onNotify) => pg.listen(channel, () => onNotify()),
    migrate: async () => {
      await migrate(drizzle(pg, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
    },
  };
}

async function openPglite(): Promise<Connection> {
  const { PGlite } = await import('@electric-sql/pglite');
  const configured = env().PGLITE_DIR;
  const dir = configured ?? path.join(dataDir(), 'pglite');
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const pg = await PGlite.create(dir);
  return connectPglite(pg);
}

function open(): Promise<Connection> {
  const url = env().DATABASE_URL;
  return url ? connectPostgres(url) : openPglite();
}

export function connection(): Promise<Connection> {
  if (!globalForDb.__saDb) {
    globalForDb.__saDb = open().catch((error) => {
      globalForDb.__saDb = undefined;
      throw error;
    });
  }
  return globalForDb.__saDb;
}

export async function getDb(): Promise<Db> {
  return (await connection()).db;
}

/** Replaces the process-wide connection (tests). */
export function setConnection(conn: Promise<Connection> | undefined): void {
  globalForDb.__saDb = conn;
}

export async function closeDb(): Promise<void> {
  const current = globalForDb.__saDb;
  globalForDb.__saDb = undefined;
  if (current) await (await current).close();
}

export { schema };
