// What an imported sheet may hold. A real billing export of MAX_IMPORT_ROWS rows stays well inside each bound;
// a hostile file (a billion empty rows, millions of shared strings, one huge cell) meets one of them long
// before it costs much memory or time.
export const SHEET_BOUNDS = {
  /** Every <row> element counts, empty ones too: MAX_IMPORT_ROWS plus room for titles and blank lines. */
  extraRows: 1000,
  /** Cells of one row (the 列对应 reaches column 1000 at most). */
  columns: 1000,
  /** Characters of one cell: Excel's own limit. */
  cellChars: 32_767,
  /** Uncompressed bytes of a whole .xlsx (a 200,000-row sheet is about 120 MB of XML). */
  inflatedBytes: 256 * 1024 * 1024,
  /** Entries of xl/sharedStrings.xml, declared or found. */
  sharedStrings: 2_000_000,
  /** Uncompressed bytes of xl/sharedStrings.xml. */
  sharedStringBytes: 128 * 1024 * 1024,
  /** Wall time of reading one file. */
  wallSeconds: 120,
  /** Heap of the worker that reads it (node:worker_threads resourceLimits). */
  workerHeapMb: 1024,
} as const;
