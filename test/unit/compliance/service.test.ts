import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ComplianceSummary } from '../../../shared/compliance/summary';
import { addDays } from '../../../shared/records/dates';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { SAMPLE_UNIT } from '../../support/sampleData';

const TODAY = '2026-06-10';

/** A resident ID number with its ISO 7064 MOD 11-2 check character (fictional, for tests). */
function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

describe('compliance.summary through the API', () => {
  const { ok: call, dispatch } = apiOnTempWorkspace();
  const summary = (today = TODAY) => call<ComplianceSummary>('compliance.summary', { today });
  const rowOf = (s: ComplianceSummary, article: string, topic = '') => s.rows.find((r) => r.article === article && r.topic.includes(topic));

  it('an empty workspace: no rows, no deadlines', async () => {
    const s = await summary();
    expect(s).toMatchObject({ today: TODAY, rows: [], deadlines: [], deadlinesTotal: 0, notChecked: [] });
  });

  it('follows the records saved through the API', async () => {
    await call('unit.save', { ...SAMPLE_UNIT, roles: ['服务器架设单位'] });
    const server = await call<{ id: string }>('servers.save', {
      assetNo: 'XM-0001',
      purposes: ['网站/虚拟空间'],
      onlineDate: addDays(TODAY, -25),
    });
    await call('licenses.save', { kind: '营业执照', number: SAMPLE_UNIT.creditCode, longTerm: true });
    await call('licenses.save', {
      kind: '电信业务经营许可证',
      number: '闽B1-20190001',
      scope: ['B11'],
      validTo: addDays(TODAY, 59),
    });
    const boss = await call<{ id: string }>('people.save', { name: '王示例', idType: '居民身份证', idNumber: residentId('35020319800101001'), roles: ['法定代表人', '主要负责人'] });
    await call('people.save', { name: '赵示例', idType: '居民身份证', idNumber: residentId('35020319850505002'), roles: ['法定代表人'] });

    let s = await summary();
    expect(s.rows.map((r) => [r.article, r.status])).toEqual([
      ['第四条', 'ok'],
      ['第四条', 'ok'],
      ['第七条', 'ok'],
      ['第八条', 'warn'],
      ['第九条', 'error'],
      ['第九条', 'error'],
      ['第十条', 'warn'],
      ['第十二条', 'ok'],
      ['《计算机信息网络国际联网安全保护管理办法》第十二条', 'warn'],
      ['《网络安全法》第二十三条', 'error'],
    ]);
    expect(rowOf(s, '第八条')?.details[0]?.text).toContain('XM-0001');
    expect(rowOf(s, '第八条')?.details[0]?.text).toContain('5 天后到期（第八条）');
    const licenses = rowOf(s, '第九条', '营业执照');
    expect(licenses?.details.map((d) => d.text)).toContain(`电信业务经营许可证 闽B1-20190001：有效期至 ${addDays(TODAY, 59)}，59 天后到期`);
    expect(licenses?.details.map((d) => d.text)).toContain(`营业执照 ${SAMPLE_UNIT.creditCode}：缺少证照扫描件`);
    const people = rowOf(s, '第九条', '法定代表人');
    expect(people?.details[0]?.text).toBe('登记了 2 位法定代表人（王示例、赵示例），只能有一位');
    // Names only: no ID number reaches the summary.
    expect(JSON.stringify(s)).not.toMatch(/35020319/);
    expect(s.deadlines.map((d) => [d.date, d.article])).toEqual([
      [addDays(TODAY, 5), '第八条'],
      [addDays(TODAY, 59), '第九条'],
    ]);

    // Filing the server turns 第八条 green and takes it off the deadlines.
    const stored = await call<Record<string, unknown>>('servers.get', { id: server.id });
    const { filingDeadline: _d, ...fields } = stored;
    await call('servers.save', { ...fields, filedOn: TODAY });
    s = await summary();
    expect(rowOf(s, '第八条')?.status).toBe('ok');
    expect(s.deadlines.map((d) => d.article)).toEqual(['第九条']);

    // A day later than the license's last day it has expired: red.
    s = await summary(addDays(TODAY, 60));
    expect(rowOf(s, '第九条', '营业执照')?.details[0]?.text).toContain('已过期 1 天');

    // 第十条 with the IDC room's group and 1 server: green.
    await call('securityGroup.save', { mode: 'idc', idcRoomName: '厦门示例IDC机房', leaderId: boss.id });
    s = await summary();
    expect(rowOf(s, '第十条')).toMatchObject({ status: 'ok', screen: 'securityGroup' });
  });

  it('uses today in China when no day is given, and refuses a day that does not exist', async () => {
    const s = await call<ComplianceSummary>('compliance.summary', {});
    expect(s.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const bad = await dispatch('compliance.summary', { today: '2026-02-30' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'today' } });
  });
});

describe('第七条 through the API: the 游戏日志 seals count', () => {
  const { ok: call } = apiOnTempWorkspace();

  it('a game server is amber until its logs are sealed, then green', async () => {
    const logs = mkdtempSync(path.join(os.tmpdir(), 'beian-compliance-logs-'));
    try {
      writeFileSync(path.join(logs, 'game.log'), '2026-06-01 00:00:01 login\n');
      await call('unit.save', { ...SAMPLE_UNIT, roles: ['服务器架设单位'] });
      const game = await call<{ id: string }>('servers.save', {
        assetNo: 'GAME-01',
        purposes: ['游戏'],
        onlineDate: addDays(TODAY, -5),
        gameLogStatement: '日志留存180天，只读归档',
      });
      const before = await call<ComplianceSummary>('compliance.summary', { today: TODAY });
      const row = before.rows.find((r) => r.article === '第七条')!;
      expect(row).toMatchObject({ status: 'warn', screen: 'gameLogs' });
      expect(row.details.map((d) => d.recordId)).toEqual([game.id]);

      await call('logs.seal', { path: logs, serverId: game.id });
      const after = await call<ComplianceSummary>('compliance.summary', { today: TODAY });
      expect(after.rows.find((r) => r.article === '第七条')).toMatchObject({ status: 'ok' });
      expect(after.rows.find((r) => r.article === '第七条')!.message).toMatch(/日志已封存（最近一次 \d{4}-\d{2}-\d{2}）$/);
    } finally {
      rmSync(logs, { recursive: true, force: true });
    }
  });
});
