import { beijingStamp, parseBeijingStamp } from '../../shared/clock/beijingTime';

/** Beijing time as YYYYMMDD-HHMMSS, or YYYYMMDD-HHMMSS-mmm with milliseconds: sorts as it reads, whatever the machine's zone. */
export const fileStamp = (date: Date, withMs = false): string => beijingStamp(date, withMs);

/** Inverse of fileStamp(date, true); undefined when the text is not such a stamp. */
export const parseFileStamp = (stamp: string): Date | undefined => parseBeijingStamp(stamp);
