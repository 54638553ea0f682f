import { describe, expect, it } from 'vitest';
import { evaluateCompliance } from '../../../shared/compliance/evaluate';
import { article8Row } from '../../../shared/compliance/serverFiling';
import { daysFromToday, input, row, server, TODAY, unit } from './records';

const onlineDaysAgo = (days: number, assetNo = 'S-001') => server({ assetNo, onlineDate: daysFromToday(-days), filedOn: '' });

describe('第八条: filing within thirty days of going online', () => {
  it('online 25 days ago and not filed: amber, "5 天后到期（第八条）"', () => {
    const r = article8Row([onlineDaysAgo(25)], TODAY);
    expect(r.status).toBe('warn');
    expect(r.screen).toBe('servers');
    expect(r.details).toHaveLength(1);
    expect(r.details[0]!.text).toContain('5 天后到期（第八条）');
    expect(r.details[0]!.text).toContain('S-001');
    expect(r.details[0]!.due).toBe(daysFromToday(5));
    expect(r.message).toContain('1 台服务器尚未备案');
  });

  it('online 29 days ago: due tomorrow, amber', () => {
    const r = article8Row([onlineDaysAgo(29)], TODAY);
    expect(r.status).toBe('warn');
    expect(r.details[0]!.text).toContain('1 天后到期（第八条）');
  });

  it('online 30 days ago: due today, still amber', () => {
    const r = article8Row([onlineDaysAgo(30)], TODAY);
    expect(r.status).toBe('warn');
    expect(r.details[0]!.text).toContain('今天到期（第八条）');
    expect(r.details[0]!.due).toBe(TODAY);
  });

  it('online 31 days ago: one day overdue, red', () => {
    const r = article8Row([onlineDaysAgo(31)], TODAY);
    expect(r.status).toBe('error');
    expect(r.details[0]!.text).toContain('已逾期 1 天（第八条）');
    expect(r.message).toContain('其中 1 台已逾期');
  });

  it('every server filed: green, and a filed server never counts, even if it was filed late', () => {
    const r = article8Row([server({ onlineDate: daysFromToday(-60), filedOn: daysFromToday(-1) }), server()], TODAY);
    expect(r.status).toBe('ok');
    expect(r.message).toBe('全部 2 台服务器均已备案');
    expect(r.details).toEqual([]);
  });

  it('setting 备案日期 turns the row from amber to green', () => {
    const before = onlineDaysAgo(25);
    expect(article8Row([before], TODAY).status).toBe('warn');
    expect(article8Row([{ ...before, filedOn: TODAY }], TODAY).status).toBe('ok');
  });

  it('lists overdue servers first, then the nearest deadline; one overdue server makes the row red', () => {
    const r = article8Row([onlineDaysAgo(5, 'S-A'), onlineDaysAgo(40, 'S-B'), onlineDaysAgo(28, 'S-C')], TODAY);
    expect(r.status).toBe('error');
    expect(r.details.map((d) => d.text.split('：')[0])).toEqual(['S-B', 'S-C', 'S-A']);
    expect(r.details.map((d) => d.status)).toEqual(['error', 'warn', 'warn']);
    expect(r.message).toBe(`3 台服务器尚未备案，其中 1 台已逾期；最近的期限 ${daysFromToday(-10)}（已逾期 10 天）。服务器须在上线后三十日内备案`);
  });

  it('crosses month and leap-year boundaries by calendar days', () => {
    const r = article8Row([server({ assetNo: 'S-L', onlineDate: '2024-02-01', filedOn: '' })], '2024-03-01');
    // 2024-02-01 + 30 days = 2024-03-02 (29 days in February 2024)
    expect(r.details[0]!.due).toBe('2024-03-02');
    expect(r.details[0]!.text).toContain('1 天后到期');
  });

  it('a 服务器架设单位 with no server on record is asked to register them', () => {
    const s = evaluateCompliance(input({ unit: unit(['服务器架设单位']) }), TODAY);
    const r = row(s, '第八条');
    expect(r.status).toBe('warn');
    expect(r.message).toContain('尚未登记服务器');
  });

  it('the deadlines list the unfiled servers, soonest first, with the article and screen', () => {
    const s = evaluateCompliance(input({ unit: unit(['服务器架设单位']), servers: [onlineDaysAgo(25, 'S-25'), onlineDaysAgo(31, 'S-31'), server()] }), TODAY);
    expect(s.deadlines.map((d) => [d.date, d.article, d.screen])).toEqual([
      [daysFromToday(-1), '第八条', 'servers'],
      [daysFromToday(5), '第八条', 'servers'],
    ]);
    expect(s.deadlines[1]!.text).toBe('服务器 S-25 备案期限：5 天后到期（第八条）');
    expect(s.deadlinesTotal).toBe(2);
  });

  it('keeps at most 100 details and says how many there are in all', () => {
    const many = Array.from({ length: 150 }, (_, i) => onlineDaysAgo(10, `S-${i}`));
    const r = article8Row(many, TODAY);
    expect(r.details).toHaveLength(100);
    expect(r.detailsTotal).toBe(150);
    expect(r.message).toContain('150 台服务器尚未备案');
  });
});
