import { formatBeijingTime } from '../../../shared/clock/beijingTime';

/** An ISO instant as China Standard Time (UTC+8, no daylight saving), whatever the machine's own zone. */
export function chinaTime(iso: string): string {
  return Number.isNaN(Date.parse(iso)) ? iso : formatBeijingTime(iso);
}

/** The first characters of a SHA-256, enough to tell seals apart on screen. */
export const shortHash = (hash: string) => `${hash.slice(0, 12)}…`;

/** How a 服务器 is named in the select and the table. */
export const serverName = (s: { assetNo: string; hostname: string }) => (s.hostname ? `${s.assetNo}（${s.hostname}）` : s.assetNo);
