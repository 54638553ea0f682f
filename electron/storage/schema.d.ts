/**
 * Schema migrations, applied in order on open; `PRAGMA user_version` holds the last one applied.
 * Append only: never edit a migration that has shipped.
 */
export declare const MIGRATIONS: readonly string[];
