/**
 * What a DATABASE_URL names, without opening anything: kept apart from the stores so that the
 * command line and start-up checks read it without loading SQLite, PostgreSQL and Kysely.
 */

/** Whether DATABASE_URL names PostgreSQL (`postgres://` or `postgresql://`). */
export function isPostgresUrl(databaseUrl: string): boolean {
  return /^postgres(ql)?:\/\//i.test(databaseUrl);
}

/** The file path of an SQLite DATABASE_URL: a path, `file:path` or `file://path`, or `:memory:`. */
export function sqlitePath(databaseUrl: string): string {
  if (databaseUrl === ':memory:') return databaseUrl;
  if (databaseUrl.startsWith('file:')) return decodeURIComponent(databaseUrl.replace(/^file:(\/\/)?/, ''));
  return databaseUrl;
}
