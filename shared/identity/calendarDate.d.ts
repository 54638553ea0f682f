/** Calendar-date helpers for birth dates embedded in identity numbers. Pure: no Node or DOM APIs. */
export interface YMD {
    year: number;
    month: number;
    day: number;
}
export declare const EARLIEST_BIRTH_DATE = "1900-01-01";
export declare function isLeapYear(year: number): boolean;
export declare function daysInMonth(year: number, month: number): number;
export declare function isRealDate({ year, month, day }: YMD): boolean;
/** 'YYYYMMDD' → parts (not checked for being a real date), or null if not 8 digits. */
export declare function parseCompactDate(yyyymmdd: string): YMD | null;
/** 'YYYY-MM-DD' → parts of a real date, or null. */
export declare function parseIsoDate(iso: string): YMD | null;
export declare function formatIsoDate({ year, month, day }: YMD): string;
/** Today's date in China (Asia/Shanghai), whatever the machine's own time zone is. */
export declare function todayInShanghai(now?: Date): string;
/**
 * Checks a YYYYMMDD birth date taken from positions `from`–`to` of a number: a real calendar date, not before
 * 1900-01-01 and not after `today` (YYYY-MM-DD, default: today in Asia/Shanghai). Returns the ISO date or a message.
 */
export declare function checkBirthDate(yyyymmdd: string, opts?: {
    today?: string;
    from?: number;
    to?: number;
}): {
    ok: true;
    date: string;
} | {
    ok: false;
    message: string;
};
