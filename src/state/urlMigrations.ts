/**
 * Old links keep working: when a URL parameter is renamed, split or given new values, a migration
 * here rewrites the old form into the new one before `parseViewState` reads it (the idea of
 * Grapher's GrapherUrlMigrations). Migrations run in list order, each on the output of the one
 * before, so a link from any past version walks through every later change. Each carries an
 * example, an old query and the query it becomes; tests/state/urlMigrations.test.ts runs one test
 * per migration from those examples.
 *
 * Add one when a released parameter changes its name or values; never edit or drop an old one
 * (links in articles do not change). A migration must be a no-op on a query that lacks its old
 * form, so it is safe on every link, and must leave the new form alone when both are present.
 */
export interface UrlMigration {
  /** What changed and when, in words. */
  name: string;
  /** Rewrites the parameters in place. */
  migrate: (params: URLSearchParams) => void;
  /** An old query and what it becomes. */
  example: { from: string; to: string };
}

/** In the order the changes were made. Empty: no released parameter has changed yet. */
export const urlMigrations: readonly UrlMigration[] = [];

/** The query string with every migration applied, in order. */
export function migrateSearch(search: string, migrations: readonly UrlMigration[] = urlMigrations): string {
  if (migrations.length === 0) return search;
  const params = new URLSearchParams(search);
  for (const m of migrations) m.migrate(params);
  const out = params.toString();
  return out ? `?${out}` : '';
}

/** A migration for a parameter that only changed its name: the old value moves under the new name. */
export function renameParam(name: string, oldKey: string, newKey: string): UrlMigration {
  return {
    name,
    migrate: (params) => {
      const old = params.get(oldKey);
      params.delete(oldKey);
      if (old !== null && !params.has(newKey)) params.set(newKey, old);
    },
    example: { from: `?${oldKey}=x`, to: `?${newKey}=x` },
  };
}
