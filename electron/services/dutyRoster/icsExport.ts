import { ApiError } from '../../../shared/api/errors';
import { dutyRosterIcs, icsUtcStamp, type IcsShift } from '../../../shared/dutyRoster';
import type { Store } from '../../storage/types';
import { effectiveRoster, MISSING_PERSON } from '../dutyRosterService';
import { getUnit } from '../unitService';
import { readPeopleNames, readSettings } from './docs';
import { lastDayOf as lastDay } from './preview';

/** The UID's domain: the unit's 统一社会信用代码 when there is one, so two units' calendars never share UIDs. */
function uidDomain(code: string | undefined): string {
  const tag = (code ?? '').trim().toLowerCase().replace(/[^0-9a-z]/g, '');
  return tag ? `${tag}.beian-desk` : 'beian-desk';
}

/**
 * 导出日历: the month's slots after every 调班, as .ics. A slot nobody holds (请假 without 替班) is left out:
 * a calendar shows who is on duty; the gap itself is the 覆盖检查's business.
 */
export function dutyRosterIcsFile(store: Store, month: string, personId?: string, now: Date = new Date()): { fileName: string; dataBase64: string; events: number } {
  const from = `${month}-01`;
  const to = lastDay(month);
  const data = store.read((db) => {
    const settings = readSettings(db);
    if (!settings) throw new ApiError('VALIDATION', '值班电话：请先保存值班电话、班次和轮换，再导出日历', 'month');
    const people = readPeopleNames(db);
    if (personId !== undefined && !people.has(personId)) throw new ApiError('VALIDATION', '值班人员：所选人员不存在（可能已被删除），请重新选择', 'personId');
    const slots = effectiveRoster(db, from, to).slots.filter((s) => s.date >= from && s.personId !== '' && (personId === undefined || s.personId === personId));
    return { settings, people, slots };
  });
  const shifts: IcsShift[] = data.slots.map((s) => ({
    date: s.date,
    shiftId: s.shiftId,
    shiftName: s.shiftName,
    start: s.start,
    end: s.end,
    name: data.people.get(s.personId) ?? MISSING_PERSON,
  }));
  const who = personId === undefined ? '' : `_${data.people.get(personId)!}`;
  const text = dutyRosterIcs({
    calendarName: `值班表 ${month}${personId === undefined ? '' : ` ${data.people.get(personId)!}`}`,
    dutyPhone: data.settings.dutyPhone,
    shifts,
    uidDomain: uidDomain(getUnit(store)?.creditCode),
    stamp: icsUtcStamp(now),
    onePerson: personId !== undefined,
  });
  return { fileName: `值班表_${month}${who}.ics`, dataBase64: Buffer.from(text, 'utf8').toString('base64'), events: shifts.length };
}
