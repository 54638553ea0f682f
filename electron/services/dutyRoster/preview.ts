import { ApiError } from '../../../shared/api/errors';
import { isCstDate, nowCst } from '../../../shared/dutyRoster';
import type { DutyRosterSettings, DutyRosterView } from '../../../shared/records/dutyRoster';
import type { Store } from '../../storage/types';
import { freshSlots, rosterView } from '../dutyRosterService';
import { readPeopleNames } from './docs';

/** The month's last date: 31, 30, 29 or 28. */
export const lastDayOf = (month: string): string => ['31', '30', '29', '28'].map((d) => `${month}-${d}`).find(isCstDate)!;

/**
 * 预览: the month as it would be after saving these settings and generating it — the stored 调班 applied on top,
 * with the 覆盖检查 and the 工时统计 and reminders of the result. Nothing is written.
 */
export function previewDutyRoster(store: Store, settings: DutyRosterSettings, month: string, now: string = nowCst()): DutyRosterView {
  const from = `${month}-01`;
  const to = lastDayOf(month);
  return store.read((db) => {
    const people = readPeopleNames(db);
    settings.rotation.forEach((id, i) => {
      if (!people.has(id)) throw new ApiError('VALIDATION', `轮换：第${i + 1}位值班人员不存在（可能已从人员中删除），请重新选择`, `rotation.${i}`);
    });
    if (to < settings.rotationStart) {
      throw new ApiError('VALIDATION', `轮换开始日期：${settings.rotationStart} 在所选月份之后，这个月没有可预览的排班`, 'rotationStart');
    }
    const start = from < settings.rotationStart ? settings.rotationStart : from;
    const stored = { ...settings, updatedAt: '' };
    return rosterView(db, stored, from, to, now, { from: start, to, slots: freshSlots(stored, start, to) });
  });
}
