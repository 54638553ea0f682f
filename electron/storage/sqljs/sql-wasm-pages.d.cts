import type initSqlJs from 'sql.js';

declare const init: typeof initSqlJs;
export = init;
