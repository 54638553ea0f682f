// The backup reminder's words, the same on 概览 and in 完整性检查.

/** What counts as a backup off this computer. */
export const OFF_MACHINE_RULE =
  '只有备份到U盘等可移动磁盘，或备份时标明“保存位置在电脑以外”的位置，才算电脑以外的备份；备份到本机“文档”文件夹不算，硬盘损坏或电脑丢失时会一起丢失。';

/** The reminder's first sentence: never off this computer, or how long ago. */
export function backupReminderTitle(daysSince: number | null, reminderDays: number, anyBackup: boolean): string {
  if (daysSince !== null) return `最近一次电脑以外的已校验完整备份是 ${daysSince} 天前（提醒周期 ${reminderDays} 天）`;
  return anyBackup
    ? '还没有做过电脑以外的完整备份（已有的备份都在本机）：电脑损坏、丢失或重装系统时，全部记录和扫描件都将无法找回'
    : '还没有做过完整备份：电脑损坏、丢失或重装系统时，全部记录和扫描件都将无法找回';
}
