// The desk's one storage seam: PGlite (Postgres in-process) by default, a PostgreSQL server
// through `pg` when a connection string is given. Both run the same SQL (schema.sql).
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';

/** What the desk needs of a connection: parameterised queries returning rows and a count. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[]; rowCount: number }>;
}

/** A database: queries, transactions (rolled back when `fn` throws) and closing. */
export interface Database extends Sql {
  readonly engine: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Where the data lives: a PGlite data directory (omit for in-memory) or a PostgreSQL URL. */
export interface DatabaseOptions {
  readonly dataDir?: string | undefined;
  readonly databaseUrl?: string | undefined;
}

const SCHEMA = readFileSync(new URL('./schema.sql', import.meta.url), 'utf8');

/**
 * Opens the database and creates the tables if they are missing.
 *
 * @example
 * const db = await openDatabase({ dataDir: './desk-data' });
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const db = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir);
  try {
    await db.transaction(async (tx) => {
      // One statement per query: pg's extended protocol takes one statement at a time.
      for (const statement of splitStatements(SCHEMA)) await tx.query(statement);
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

function splitStatements(sql: string): string[] {
  return sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const pglite = await PGlite.create(dataDir ? { dataDir } : {});
  const run = async <Row>(q: Pick<PGlite, 'query'>, text: string, params: readonly unknown[] = []) => {
    const result = await q.query<Row>(text, [...params]);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rowCount ?? result.rows.length };
  };
  return {
    engine: 'pglite',
    query: (text, params) => run(pglite, text, params),
    // PGlite runs one transaction at a time; a conflict can still arise between the read of a
    // snapshot (outside) and the guarded UPDATE (inside), which is what the version column is for.
    transaction: (fn) => pglite.transaction((tx) => fn({ query: (text, params) => run(tx, text, params) })),
    close: () => pglite.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const run = async <Row>(q: { query: (text: string, params: unknown[]) => Promise<{ rows: unknown[]; rowCount: number | null }> }, text: string, params: readonly unknown[] = []) => {
    const result = await q.query(text, [...params]);
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
  };
  return {
    engine: 'postgres',
    query: (text, params) => run(pool, text, params),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: (text, params) => run(client, text, params) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
