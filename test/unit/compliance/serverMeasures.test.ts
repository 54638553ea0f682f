import { describe, expect, it } from 'vitest';
import { evaluateCompliance } from '../../../shared/compliance/evaluate';
import { article5Row, article6Row, article7Row } from '../../../shared/compliance/serverMeasures';
import { DNS_MEASURES, MAIL_MEASURES } from '../../../shared/records/server';
import { hasRow, input, row, server, TODAY, unit } from './records';

describe('第五条: DNS servers tick every security measure', () => {
  it('all ticked: green', () => {
    const r = article5Row([server({ purposes: ['域名解析'], dnsMeasures: [...DNS_MEASURES] })]);
    expect(r.status).toBe('ok');
    expect(r.message).toBe(`全部 1 台域名解析服务器已落实域名解析安全措施（${DNS_MEASURES.length} 项）`);
  });

  it('lists, per server, what is missing: red', () => {
    const r = article5Row([
      server({ assetNo: 'DNS-1', purposes: ['域名解析'], dnsMeasures: DNS_MEASURES.filter((m) => m !== '部署抗DDoS攻击防护措施') }),
      server({ assetNo: 'DNS-2', purposes: ['域名解析', '网站/虚拟空间'], dnsMeasures: [...DNS_MEASURES] }),
      server({ assetNo: 'WEB-1' }),
    ]);
    expect(r.status).toBe('error');
    expect(r.screen).toBe('servers');
    expect(r.message).toBe('1 台域名解析服务器的域名解析安全措施尚未全部落实');
    expect(r.details.map((d) => d.text)).toEqual(['DNS-1：未落实 部署抗DDoS攻击防护措施']);
  });

  it('applies only when a server has purpose 域名解析', () => {
    const web = evaluateCompliance(input({ unit: unit(['服务器架设单位']), servers: [server()] }), TODAY);
    expect(hasRow(web, '第五条')).toBe(false);
    const dns = evaluateCompliance(input({ unit: unit(['服务器架设单位']), servers: [server({ purposes: ['域名解析'] })] }), TODAY);
    expect(row(dns, '第五条').details[0]!.text).toContain(DNS_MEASURES.join('、'));
  });
});

describe('第六条: e-mail servers', () => {
  it('missing measures are listed per server', () => {
    const r = article6Row([server({ assetNo: 'MAIL-1', purposes: ['电子邮件'], mailMeasures: MAIL_MEASURES.slice(0, 4) })]);
    expect(r.status).toBe('error');
    expect(r.details[0]!.text).toBe(`MAIL-1：未落实 ${MAIL_MEASURES.slice(4).join('、')}`);
  });

  it('all ticked: green; the row only for units with a mail server', () => {
    expect(article6Row([server({ purposes: ['电子邮件'], mailMeasures: [...MAIL_MEASURES] })]).status).toBe('ok');
    const s = evaluateCompliance(input({ unit: unit(['服务器架设单位']), servers: [server({ purposes: ['电子邮件'] })] }), TODAY);
    expect(hasRow(s, '第六条')).toBe(true);
    expect(hasRow(s, '第五条')).toBe(false);
  });
});

describe('第七条: game servers keep logs', () => {
  it('an empty log-retention statement is red, naming the server', () => {
    const r = article7Row([server({ assetNo: 'GAME-1', purposes: ['游戏'], gameLogStatement: '   ' })]);
    expect(r.status).toBe('error');
    expect(r.details[0]!.text).toBe('GAME-1：未填写游戏日志留存说明');
  });

  it('with the seals read: a game server whose logs were never sealed is amber and leads to 游戏日志', () => {
    const game = server({ id: 'g1', assetNo: 'GAME-1', purposes: ['游戏'], gameLogStatement: '日志留存180天' });
    const other = server({ id: 'g2', assetNo: 'GAME-2', purposes: ['游戏'], gameLogStatement: '日志留存180天' });
    const none = article7Row([game, other], []);
    expect(none.status).toBe('warn');
    expect(none.screen).toBe('gameLogs');
    expect(none.details.map((d) => d.text)).toEqual([
      'GAME-1：尚未在“游戏日志”中封存日志（封存后可随时核验日志未被更改或删除）',
      'GAME-2：尚未在“游戏日志”中封存日志（封存后可随时核验日志未被更改或删除）',
    ]);
    const one = article7Row([game, other], [{ serverId: 'g1', sealedAt: '2026-11-24T16:30:00.000Z' }]);
    expect(one.details.map((d) => d.recordId)).toEqual(['g2']);
    const both = article7Row([game, other], [
      { serverId: 'g1', sealedAt: '2026-11-24T16:30:00.000Z' },
      { serverId: 'g2', sealedAt: '2026-11-20T01:00:00.000Z' },
    ]);
    expect(both.status).toBe('ok');
    // 16:30 UTC on the 24th is already the 25th in China.
    expect(both.message).toBe('全部 2 台游戏服务器已填写游戏日志留存说明，日志已封存（最近一次 2026-11-25）');
    expect(article7Row([game, other], [{ serverId: '', sealedAt: '2026-11-24T00:00:00.000Z' }]).status).toBe('ok');
  });

  it('a missing statement stays red and leads to 服务器 even when the logs are not sealed either', () => {
    const r = article7Row([server({ id: 'g1', assetNo: 'GAME-1', purposes: ['游戏'], gameLogStatement: '' })], []);
    expect(r.status).toBe('error');
    expect(r.screen).toBe('servers');
    expect(r.message).toBe('1 台游戏服务器未填写游戏日志留存说明');
    expect(r.details.map((d) => d.status)).toEqual(['error', 'warn']);
  });

  it('a statement on every game server: green', () => {
    const r = article7Row([server({ purposes: ['游戏'], gameLogStatement: '日志留存180天，只读归档并计算SHA-256' }), server()]);
    expect(r.status).toBe('ok');
    expect(r.message).toBe('全部 1 台游戏服务器已填写游戏日志留存说明');
  });
});
