import type { CompletenessItem } from '../../shared/filing/completeness';
import type { Store } from '../storage/types';
import { backupReminderTitle, OFF_MACHINE_RULE } from '../../shared/backup/reminderText';
import { backupDue, getBackupState } from './backupState';

/** 完整性检查's reminder (never a blocker) when no verified full backup is recent enough. */
export function backupReminder(store: Store, now: Date = new Date()): CompletenessItem[] {
  const state = getBackupState(store);
  const { due, daysSince } = backupDue(state, now);
  if (!due) return [];
  const text = `${backupReminderTitle(daysSince, state.reminderDays, state.lastVerified !== null)}。请在“设置 → 备份与迁移”中备份到U盘（加密）。${OFF_MACHINE_RULE}`;
  return [{ article: '《个人信息保护法》第五十一条', text, screen: 'settings' }];
}
