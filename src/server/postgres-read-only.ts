/**
 * A PostgreSQL store opened only to be read (`postgresStore({ readOnly: true })`, as `copyStore`'s source): no
 * table is created and no version written, so a role that may only SELECT (a council's production database,
 * handed to whoever copies it out) can open it, and every query runs in a read-only transaction, so nothing
 * the store is asked to do can write to it.
 */
import type { Pool, PoolConfig } from 'pg';
import { checkStoreVersion } from './store.js';

const READ_ONLY = '-c default_transaction_read_only=on';

/**
 * The connection settings with every transaction read-only, from each connection's start (the listening one's
 * too). A connection string's own `options` (a `search_path`) would replace `options` given beside it, so the
 * setting is added to the string's when it has them.
 */
export function readOnlyConfig(config: PoolConfig): PoolConfig {
  const url = parsed(config.connectionString);
  const own = url?.searchParams.get('options');
  if (url && own) {
    url.searchParams.set('options', `${own} ${READ_ONLY}`);
    return { ...config, connectionString: url.href };
  }
  return { ...config, options: [config.options ?? process.env.PGOPTIONS, READ_ONLY].filter(Boolean).join(' ') };
}

function parsed(connectionString: string | undefined): URL | undefined {
  try {
    return new URL(connectionString ?? '');
  } catch {
    return undefined;
  }
}

/**
 * Checks, without writing, that the store's tables are there and a version this release reads; throws saying
 * what is wrong (most often the wrong database or schema: `search_path`), rather than creating them empty.
 */
export async function checkReadable(pool: Pool, where: string): Promise<void> {
  const found = await pool.query<{ records: string | null; sessions: string | null; meta: string | null }>(
    "SELECT to_regclass('pk_records') AS records, to_regclass('pk_sessions') AS sessions, to_regclass('pk_meta') AS meta",
  );
  const tables = found.rows[0];
  const missing = ['records', 'sessions'].filter((name) => !tables?.[name as 'records' | 'sessions']);
  if (missing.length > 0) {
    throw new Error(
      `${where} has no partnership-kit tables (${missing.map((name) => `pk_${name}`).join(', ')}): check the database, and the schema (search_path) the host used. A store opened read-only is not created.`,
    );
  }
  // Tables from before versions were kept have no pk_meta, and are those of version 1.
  if (!tables?.meta) return;
  const kept = await pool.query<{ value: string }>("SELECT value FROM pk_meta WHERE key = 'version'");
  checkStoreVersion(Number(kept.rows[0]?.value ?? 0), where);
}
