const COUNT_FORMAT = new Intl.NumberFormat('en-US');

/** 100000 → 100,000, as the list's totals and the import summary write numbers. */
export const formatCount = (n: number): string => COUNT_FORMAT.format(n);
