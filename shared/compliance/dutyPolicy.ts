import { buildRow } from './finding';
import type { ComplianceRow } from './summary';

/** 第十三条（二）: 落实专人二十四小时值班制度，并将值班制度报公安机关 — the 值班制度 text goes with 03 值班表. */
export function dutyPolicyRow(policy: { text: string } | null): ComplianceRow {
  const findings = policy && policy.text.trim() !== '' ? [] : [{ status: 'error' as const, text: '尚未填写值班制度：请在“值班表”中填写（可从模板开始修改），导出时随值班表报公安机关' }];
  return buildRow({ article: '第十三条（二）', topic: '值班制度', screen: 'dutyRoster' }, findings, { ok: '值班制度已填写，随值班表报送' });
}
