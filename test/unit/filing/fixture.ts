// A workspace filled through the API as a clerk would: the unit, licenses, people (one named with 𠮷),
// the 信息网络安全小组, a month of 值班表 with one 请假 nobody covers (a gap), and `servers` servers.
import { mod11_2CheckChar } from '../../../shared/identity/mod11';
import type { Dispatch } from '../../../electron/api/dispatch';
import { SAMPLE_UNIT, VALID_USCC } from '../../support/sampleData';

/** A valid 居民身份证号码 (GB 11643 check character) from the area code, birth date and a sequence. */
export const residentId = (area: string, birth: string, seq: string) => {
  const first17 = `${area}${birth}${seq}`;
  return first17 + mod11_2CheckChar(first17);
};

export const MONTH = '2026-03';
/** Local time; the forms compute states from its day in China. */
export const GENERATED_AT = new Date(Date.UTC(2026, 2, 15, 2, 0));

export const PEOPLE = {
  legal: { name: '陈志明', idNumber: residentId('350203', '19780512', '123'), roles: ['法定代表人'], title: '执行董事', mobile: '13900000001' },
  main: { name: '林晓红', idNumber: residentId('350206', '19850923', '246'), roles: ['主要负责人'], title: '总经理', mobile: '13900000002' },
  admin: { name: '吉田𠮷', idNumber: residentId('350211', '19900101', '357'), roles: ['网络管理员', '24小时应急联系人'], title: '网络工程师', mobile: '13900000003' },
  officer: { name: '王安全', idNumber: residentId('350205', '19920220', '468'), roles: ['安全员', '值班人员', '网络安全负责人'], title: '安全主管', mobile: '13900000004' },
  duty: { name: '黄值班', idNumber: residentId('350212', '19950707', '579'), roles: ['值班人员'], title: '值班员', mobile: '13900000005' },
} as const;
export type PersonKey = keyof typeof PEOPLE;

export const DUTY_PHONE = '0592-5550110';
/** The 请假 that nobody covers: the 白班 of this day is a 未覆盖时段. */
export const LEAVE_DATE = '2026-03-10';

export interface Filled {
  ids: Record<PersonKey, string>;
  assetNos: string[];
}

async function ok<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const reply = await dispatch(method, input, { transport: 'test' });
  if (!reply.ok) throw new Error(`${method} refused: ${reply.error.message} (${reply.error.field ?? ''})`);
  return reply.result as T;
}

export async function fillWorkspace(dispatch: Dispatch, servers: number): Promise<Filled> {
  await ok(dispatch, 'unit.save', SAMPLE_UNIT);
  await ok(dispatch, 'licenses.save', { kind: '营业执照', number: VALID_USCC, issuer: '厦门市市场监督管理局', validFrom: '2015-06-01', longTerm: true });
  await ok(dispatch, 'licenses.save', {
    kind: '电信业务经营许可证',
    number: '闽B1-20190001',
    issuer: '福建省通信管理局',
    validFrom: '2019-03-01',
    validTo: '2029-02-28',
    scope: ['B11', 'B14'],
  });
  const ids = {} as Record<PersonKey, string>;
  for (const [key, p] of Object.entries(PEOPLE) as [PersonKey, (typeof PEOPLE)[PersonKey]][]) {
    const saved = await ok<{ id: string }>(dispatch, 'people.save', { ...p, idType: '居民身份证', roles: [...p.roles], idLongTerm: true });
    ids[key] = saved.id;
  }
  await ok(dispatch, 'securityGroup.save', {
    mode: 'own',
    establishedOn: '2024-01-15',
    leaderId: ids.main,
    members: [
      { personId: ids.main, duty: '组长' },
      { personId: ids.admin, duty: '网络管理员', phone: '0592-5550111' },
      { personId: ids.officer, duty: '安全员' },
    ],
    protectionPolicy: '一、机房出入登记制度。二、日志留存不少于六十日。三、安全事件两小时内报告公安机关。',
    trainings: [{ date: '2025-11-20', topic: '网络安全法及等级保护培训', attendeeIds: [ids.admin, ids.officer] }],
  });
  await ok(dispatch, 'dutyPolicy.save', { text: '本单位落实专人二十四小时值班制度，值班人员按值班表轮班，交接班当面交接。' });
  await ok(dispatch, 'dutyRoster.saveSettings', {
    dutyPhone: DUTY_PHONE,
    shifts: [
      { id: 'day', name: '白班', start: '08:00', end: '20:00' },
      { id: 'night', name: '夜班', start: '20:00', end: '08:00' },
    ],
    rotation: [ids.officer, ids.duty],
    rotationStart: '2026-02-01',
  });
  await ok(dispatch, 'dutyRoster.generate', { from: '2026-02-01', to: '2026-04-30' });
  // Who has the 白班 that day: the leave takes their day, with nobody covering.
  const view = await ok<{ slots: { date: string; shiftId: string; personId: string }[] }>(dispatch, 'dutyRoster.get', { from: LEAVE_DATE, to: LEAVE_DATE });
  const day = view.slots.find((s) => s.date === LEAVE_DATE && s.shiftId === 'day')!;
  await ok(dispatch, 'dutyRoster.addOverride', { kind: 'leave', date: LEAVE_DATE, personId: day.personId, coveredBy: '', note: '' });

  const assetNos: string[] = [];
  for (let i = 1; i <= servers; i++) {
    const assetNo = `XM-SRV-${String(i).padStart(4, '0')}`;
    assetNos.push(assetNo);
    const onlineDate = i % 3 === 0 ? '2026-01-05' : '2026-03-01';
    await ok(dispatch, 'servers.save', {
      assetNo,
      hostname: `web${i}.example.com`,
      ips: [`10.0.${Math.floor(i / 250)}.${(i % 250) + 1}`],
      rack: `A${(i % 9) + 1}-${(i % 40) + 1}U`,
      purposes: i === 2 ? ['域名解析'] : ['网站/虚拟空间'],
      dnsMeasures: i === 2 ? ['关闭开放递归查询或限制递归范围'] : [],
      onlineDate,
      filedOn: i % 5 === 0 ? '2026-03-10' : '',
      managers: i === 1 ? [{ kind: 'person', personId: ids.admin }, { kind: 'endUser', name: '郑客户', idType: '居民身份证', idNumber: residentId('350203', '19880808', '888') }] : [],
    });
  }
  return { ids, assetNos };
}
