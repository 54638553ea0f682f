// Item 7 of issue 10: each server states its log retention; the check names any server under six months with
// 第七条 and the article of 《网络安全法》 in force; old measures written with 六十日 read as the new wording.
import { describe, expect, it } from 'vitest';
import { evaluateCompliance } from '../../../shared/compliance/evaluate';
import { CYBERSECURITY_LAW_LOG_ARTICLE, logRetentionRow } from '../../../shared/compliance/logRetention';
import { missingMeasures } from '../../../shared/compliance/serverMeasures';
import { DNS_MEASURES, MAIL_MEASURES, parseStoredServer, type StoredServer } from '../../../shared/records/server';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { input, row, server, TODAY, unit } from './records';

describe('log retention per server', () => {
  it('no measure text hard-codes a duration any more', () => {
    for (const m of [...DNS_MEASURES, ...MAIL_MEASURES]) expect(m).not.toMatch(/六十日|60/);
  });

  it('cites the article of the amended law (2017 text 第二十一条 → 第二十三条 since 2026-01-01)', () => {
    expect(CYBERSECURITY_LAW_LOG_ARTICLE).toBe('《网络安全法》第二十三条第（三）项');
  });

  it('a server under six months is red, named with both articles; six months and more are green', () => {
    const short = server({ assetNo: 'GAME-01', purposes: ['游戏'], gameLogStatement: '本地保存', logRetentionMonths: 3 });
    const r = logRetentionRow([server({ logRetentionMonths: 6 }), server({ logRetentionMonths: 12 }), short]);
    expect(r.status).toBe('error');
    expect(r.details).toEqual([
      {
        status: 'error',
        recordId: short.id,
        text: `GAME-01：日志留存期限（月） 3 个月，少于六个月（本规定第七条：应当保留日志；${CYBERSECURITY_LAW_LOG_ARTICLE}：留存网络日志不少于六个月）`,
      },
    ]);
    expect(logRetentionRow([server({ logRetentionMonths: 6 })]).status).toBe('ok');
    // The 服务器 list's 缺措施 tag reads the same rule.
    expect(missingMeasures(short)).toEqual([{ article: '第七条', text: '日志留存 3 个月，少于六个月' }]);
  });

  it('is a row of 概览 for every unit with servers, after 第七条 and before 第八条', () => {
    const s = evaluateCompliance(input({ unit: unit(['服务器架设单位']), servers: [server({ logRetentionMonths: 1 })] }), TODAY);
    const r = row(s, '第七条', '日志留存');
    expect(r.status).toBe('error');
    const topics = s.rows.map((x) => x.article);
    expect(topics.indexOf('第七条')).toBeLessThan(topics.indexOf('第八条'));
  });

  it('a server saved before the field existed keeps six months, and its 六十日 measures read as the new ones', () => {
    const old = parseStoredServer({
      id: 's1',
      assetNo: 'DNS-1',
      hostname: '',
      ips: [],
      rack: '',
      purposes: ['域名解析'],
      onlineDate: '2026-01-01',
      filedOn: '',
      managers: [],
      dnsMeasures: ['解析日志记录并留存不少于六十日', '部署抗DDoS攻击防护措施'],
      mailMeasures: [],
      gameLogStatement: '',
      filingDeadline: '2026-01-31',
    });
    expect(old.logRetentionMonths).toBe(6);
    expect(old.dnsMeasures).toEqual(['解析日志记录并按日志留存期限留存', '部署抗DDoS攻击防护措施']);
  });
});

describe('servers.save: 日志留存期限（月）', () => {
  const { ok, refused } = apiOnTempWorkspace();
  const SERVER = { assetNo: 'XM-1', purposes: ['网站/虚拟空间'], onlineDate: '2026-03-01', filedOn: '', managers: [] };

  it('defaults to 6, keeps what is typed, and refuses what is not a whole number of months with a Chinese message naming the field', async () => {
    expect((await ok<StoredServer>('servers.save', SERVER)).logRetentionMonths).toBe(6);
    expect((await ok<StoredServer>('servers.save', { ...SERVER, assetNo: 'XM-2', logRetentionMonths: 3 })).logRetentionMonths).toBe(3);
    expect(await refused('servers.save', { ...SERVER, assetNo: 'XM-3', logRetentionMonths: 2.5 })).toMatchObject({
      field: 'logRetentionMonths',
      message: expect.stringContaining('日志留存期限（月）应为整数'),
    });
    expect(await refused('servers.save', { ...SERVER, assetNo: 'XM-3', logRetentionMonths: 0 })).toMatchObject({
      field: 'logRetentionMonths',
      message: expect.stringContaining('至少 1 个月'),
    });
    expect(await refused('servers.save', { ...SERVER, assetNo: 'XM-3', logRetentionMonths: null })).toMatchObject({
      field: 'logRetentionMonths',
      message: expect.stringContaining('请填写日志留存期限（月）'),
    });
  });
});
