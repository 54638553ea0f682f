import type { CompletenessItem } from '../../shared/filing/completeness';
import type { Store } from '../storage/types';
import { backupDue, getBackupState } from './backupState';

/** 完整性检查's reminder (never a blocker) when no verified full backup is recent enough. */
export function backupReminder(store: Store, now: Date = new Date()): CompletenessItem[] {
  const state = getBackupState(store);
  const { due, daysSince } = backupDue(state, now);
  if (!due) return [];
  const text =
    daysSince === null
      ? '还没有做过完整备份：电脑损坏或丢失时，全部记录和扫描件都将无法找回。请在“设置 → 备份与迁移”中备份到U盘（加密）。'
      : `最近一次已校验的完整备份是 ${daysSince} 天前（提醒周期 ${state.reminderDays} 天）。请在“设置 → 备份与迁移”中再备份到U盘。`;
  return [{ article: '《个人信息保护法》第五十一条', text, screen: 'settings' }];
}
