/**
 * 值班表 as an iCalendar file (RFC 5545) for a phone or desktop calendar.
 *
 * Written here rather than with a generator library: Asia/Shanghai's VTIMEZONE is one fixed STANDARD block
 * (UTC+8, no daylight saving since 1991), and the rest is a handful of properties. What matters is done
 * exactly: CRLF endings, lines folded at 75 octets without splitting a UTF-8 character (3.1), TEXT escaped
 * (3.3.11), local times with TZID (3.3.5 form 3), and a UID per slot that does not change between exports,
 * so importing the file again updates the events instead of adding copies.
 */

export const ICS_TZID = 'Asia/Shanghai';
export const ICS_MIME = 'text/calendar';

export interface IcsShift {
  /** the date the shift starts on, 'YYYY-MM-DD' */
  date: string;
  shiftId: string;
  shiftName: string;
  /** 'YYYY-MM-DD HH:mm' China Standard Time */
  start: string;
  end: string;
  /** 值班人员's name */
  name: string;
}

export interface IcsCalendarInput {
  /** X-WR-CALNAME, e.g. 值班表 2026-12 */
  calendarName: string;
  /** 值班电话, written into each event */
  dutyPhone: string;
  shifts: readonly IcsShift[];
  /** The UID's right-hand side: a stable tag of the workspace (e.g. the unit's 统一社会信用代码). */
  uidDomain: string;
  /** DTSTAMP: when the file was written, UTC 'YYYYMMDDTHHMMSSZ'. */
  stamp: string;
  /** true: the events are one person's, so the summary leaves the name out */
  onePerson?: boolean;
}

const FOLD_OCTETS = 75;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** One content line, folded: no physical line longer than 75 octets, a character never split (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    if (octets + n > FOLD_OCTETS) {
      parts.push(current);
      // The continuation's leading space is one of its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** 'YYYY-MM-DD HH:mm' → 'YYYYMMDDTHHmm00' (a local time, written with TZID). */
export function icsLocal(cst: string): string {
  return `${cst.slice(0, 4)}${cst.slice(5, 7)}${cst.slice(8, 10)}T${cst.slice(11, 13)}${cst.slice(14, 16)}00`;
}

/** A UTC instant as 'YYYYMMDDTHHMMSSZ'. */
export function icsUtcStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The same slot (date and 班次) gives the same UID in every export, whoever is on it. */
export function slotUid(date: string, shiftId: string, domain: string): string {
  return `duty-${date.replace(/-/g, '')}-${shiftId}@${domain}`;
}

/** China Standard Time: one offset, no daylight saving. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ICS_TZID}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** The whole file: CRLF after every line, the last one included. */
export function dutyRosterIcs(input: IcsCalendarInput): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Beian Desk//Duty Roster//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.calendarName)}`,
    `X-WR-TIMEZONE:${ICS_TZID}`,
    ...VTIMEZONE,
  ];
  const phone = input.dutyPhone.trim();
  for (const s of input.shifts) {
    const time = `${s.start.slice(11)}–${s.end.slice(11)}`;
    const description = [`值班人员：${s.name}`, `班次：${s.shiftName}（${time}）`, ...(phone ? [`值班电话：${phone}`] : [])].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${slotUid(s.date, s.shiftId, input.uidDomain)}`,
      `DTSTAMP:${input.stamp}`,
      `DTSTART;TZID=${ICS_TZID}:${icsLocal(s.start)}`,
      `DTEND;TZID=${ICS_TZID}:${icsLocal(s.end)}`,
      `SUMMARY:${escapeText(input.onePerson ? `值班：${s.shiftName}` : `值班：${s.shiftName} ${s.name}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      ...(phone ? [`CONTACT:${escapeText(`值班电话 ${phone}`)}`] : []),
      'CATEGORIES:值班',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
