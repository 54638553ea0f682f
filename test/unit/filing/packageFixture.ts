// A complete, fictional workspace for the export tests, filled through the API as a clerk would:
// unit, 营业执照 + 电信业务经营许可证 with scans, five people with ID scans, an own security group,
// a month of 值班表 (3 shifts) and a few servers. Check characters are computed, not invented.
import sharp from 'sharp';
import { mod11_2CheckChar } from '../../../shared/identity/mod11';
import type { Dispatch } from '../../../electron/api/dispatch';
import { VALID_USCC } from '../../support/sampleData';

export const FIXTURE_CREDIT_CODE = VALID_USCC;

/** A resident ID number with its GB 11643 check character: area 350203 (厦门市思明区), birth date, sequence. */
export const residentId = (birth: string, seq: string) => `350203${birth}${seq}${mod11_2CheckChar(`350203${birth}${seq}`)}`;

/** A scan-like picture with text on it (librsvg draws the SVG; CJK fonts from the system when present). */
export async function scanImage(title: string, lines: string[], size = { width: 1600, height: 1100 }): Promise<Buffer> {
  const text = [title, ...lines]
    .map((t, i) => `<text x="80" y="${160 + i * 90}" font-size="${i === 0 ? 72 : 44}" font-family="Noto Sans CJK SC, Noto Serif CJK SC, sans-serif" fill="#222">${t}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"><rect width="100%" height="100%" fill="#d9d2c0"/><rect x="30" y="30" width="${size.width - 60}" height="${size.height - 60}" fill="none" stroke="#a33" stroke-width="8"/>${text}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

export async function fillWorkspace(dispatch: Dispatch, opts: { month: string; servers?: number; withBusinessLicenseScan?: boolean }): Promise<void> {
  const ok = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await dispatch(method, input, { transport: 'test' });
    if (!r.ok) throw new Error(`${method}: ${r.error.message} (${r.error.field ?? ''})`);
    return r.result as T;
  };
  const scan = async (name: string, title: string, lines: string[]) =>
    (await ok<{ sha256: string }>('attachments.add', { name, dataBase64: (await scanImage(title, lines)).toString('base64') })).sha256;

  await ok('unit.save', {
    name: '厦门演示数据科技有限公司（演示）',
    creditCode: FIXTURE_CREDIT_CODE,
    roles: ['IDC机房服务单位', '服务器架设单位'],
    registeredAddress: '福建省厦门市思明区演示路1号（演示）',
    officeAddress: '福建省厦门市湖里区演示大道88号（演示）',
    phone: '0592-5551234',
    email: 'beian@example.com',
  });
  const license = opts.withBusinessLicenseScan === false ? [] : [await scan('yyzz.jpg', '营业执照（演示）', [`统一社会信用代码 ${FIXTURE_CREDIT_CODE}`])];
  await ok('licenses.save', { kind: '营业执照', number: FIXTURE_CREDIT_CODE, issuer: '厦门市市场监督管理局（演示）', validFrom: '2020-01-01', longTerm: true, scans: license });
  await ok('licenses.save', {
    kind: '电信业务经营许可证',
    number: '闽B1-20990001',
    issuer: '福建省通信管理局（演示）',
    validFrom: '2024-01-01',
    validTo: '2029-01-01',
    scope: ['B11', 'B14'],
    scans: [await scan('icp.jpg', '增值电信业务经营许可证（演示）', ['闽B1-20990001'])],
  });

  const people = [
    { name: '林演示', roles: ['法定代表人'], birth: '19800101', seq: '123' },
    { name: '陈演示', roles: ['主要负责人', '值班人员'], birth: '19850615', seq: '234' },
    { name: '黄演示', roles: ['网络管理员', '值班人员', '24小时应急联系人'], birth: '19900301', seq: '345' },
    { name: '吴演示', roles: ['安全员', '值班人员', '网络安全负责人'], birth: '19921111', seq: '456' },
  ];
  const ids: string[] = [];
  for (const p of people) {
    const idNumber = residentId(p.birth, p.seq);
    const saved = await ok<{ id: string }>('people.save', {
      name: p.name,
      idType: '居民身份证',
      idNumber,
      mobile: '13800000000'.slice(0, 11),
      title: '',
      roles: p.roles,
      idLongTerm: true,
      idFront: await scan(`${p.name}-front.jpg`, '居民身份证（演示）', [`姓名 ${p.name}`]),
      idBack: await scan(`${p.name}-back.jpg`, '居民身份证 背面（演示）', ['签发机关 厦门市公安局思明分局（演示）', p.name]),
    });
    ids.push(saved.id);
  }
  await ok('securityGroup.save', {
    mode: 'own',
    establishedOn: '2024-01-01',
    leaderId: ids[1],
    members: [
      { personId: ids[1], duty: '组长', phone: '0592-5551234' },
      { personId: ids[2], duty: '网络管理员', phone: '' },
      { personId: ids[3], duty: '安全员', phone: '' },
    ],
    protectionPolicy: '一、机房出入登记（演示）。二、日志留存六十日以上（演示）。',
    trainings: [],
  });
  const [y, m] = opts.month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  await ok('dutyPolicy.save', { text: '本单位落实专人二十四小时值班制度，值班人员按值班表轮班，交接班当面交接（演示）。' });
  await ok('dutyRoster.saveSettings', {
    dutyPhone: '0592-5551234',
    shifts: [
      { id: 'a', name: '早班', start: '08:00', end: '16:00' },
      { id: 'b', name: '中班', start: '16:00', end: '24:00' },
      { id: 'c', name: '夜班', start: '00:00', end: '08:00' },
    ],
    rotation: [ids[1], ids[2], ids[3]],
    rotationStart: `${opts.month}-01`,
  });
  await ok('dutyRoster.generate', { from: `${opts.month}-01`, to: `${opts.month}-${String(last).padStart(2, '0')}` });
  for (let i = 1; i <= (opts.servers ?? 3); i++) {
    await ok('servers.save', {
      assetNo: `DEMO-${String(i).padStart(4, '0')}`,
      hostname: `web${i}.example.com`,
      ips: [`192.0.2.${i}`],
      rack: `A01-${String(i).padStart(2, '0')}U`,
      purposes: ['网站/虚拟空间'],
      onlineDate: '2025-01-10',
      filedOn: '2025-01-20',
      managers: [{ kind: 'person', personId: ids[2] }],
    });
  }
}
