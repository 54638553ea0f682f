#!/usr/bin/env node
// npm run demo: a demo workspace with realistic, clearly fictional data (every name marked 演示, check
// characters computed with the GB 32100 / GB 11714 / GB 11643 algorithms), sample scans drawn with sharp,
// a month of 值班表, 25 servers, a few 客户空间 (one overdue for its 30-day report) and two 安全事件, entered
// through `beian batch` as a script would; then `beian export` writes and verifies the filing package in
// ./demo-output (05–07 included; the 月度变更报告 of this month, since every demo record was made today).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** `--workspace DIR` / `--output DIR` (the e2e accessibility run fills its own folders); `--no-export` skips the package. */
function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : fallback;
}
const workspace = option('--workspace', path.join(root, 'demo-workspace'));
const output = option('--output', path.join(root, 'demo-output'));
const withExport = !process.argv.includes('--no-export');
const cli = path.join(root, 'dist', 'electron', 'cli.cjs');

// --- check characters -------------------------------------------------------------------------------

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** GB 11714 organisation code check character over 8 characters. */
function orgCheck(code8) {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  const value = (c) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  const r = 11 - ([...code8].reduce((s, c, i) => s + value(c) * w[i], 0) % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}
/** GB 32100 unified social credit code: 9 1 350200 + organisation code (with its check) + check. */
function uscc(org8) {
  const first17 = `91350200${org8}${orgCheck(org8)}`;
  const sum = [...first17].reduce((s, c, i) => s + USCC_CHARS.indexOf(c) * (3 ** i % 31), 0);
  return first17 + USCC_CHARS[(31 - (sum % 31)) % 31];
}
/** GB 11643 resident ID: 350203 (厦门市思明区), birth date, sequence, ISO 7064 MOD 11-2 check. */
function residentId(birth, seq) {
  const first17 = `350203${birth}${seq}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const r = (12 - ([...first17].reduce((s, c, i) => s + Number(c) * w[i], 0) % 11)) % 11;
  return first17 + (r === 10 ? 'X' : String(r));
}

// --- the CLI ------------------------------------------------------------------------------------------

function batch(requests) {
  const input = requests.map((r) => JSON.stringify(r)).join('\n');
  const r = spawnSync(process.execPath, [cli, 'batch', '--workspace', workspace], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  lines.forEach((l, i) => {
    if (l.error) throw new Error(`${requests[i].method} 失败：${l.error.message}（${l.error.field ?? ''}）`);
  });
  return lines.map((l) => l.result);
}

// --- sample scans --------------------------------------------------------------------------------------

/** 值班制度 (第十三条（二）), the app's template adapted: clearly fictional. */
const DUTY_POLICY_DEMO = `一、本单位（演示）落实专人二十四小时值班制度，值班人员按值班表轮班，全年每日0时至24时不留空档。
二、值班期间保持值班电话0592-5550110和本人手机畅通，不得擅自离岗；因故不能值班的，须提前报安全小组组长批准并安排替班。
三、交接班时当面交接机房运行情况、未处理完毕的事项和安全告警，并在值班记录中签字。
四、发现网络安全事件、事故或违法犯罪线索，立即处置、保存记录，并向网络安全负责人和公安机关报告（演示）。`;

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
async function scan(file, { width, height, background, border, title, lines, stamp }) {
  const font = 'Noto Sans CJK SC, Noto Serif CJK SC, WenQuanYi Micro Hei, PingFang SC, Microsoft YaHei, sans-serif';
  const text = lines.map((t, i) => `<text x="${width * 0.08}" y="${height * 0.34 + i * height * 0.075}" font-size="${Math.round(height * 0.04)}" font-family="${font}" fill="#1d1d1d">${esc(t)}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="100%" height="100%" fill="${background}"/>
  <rect x="${width * 0.03}" y="${height * 0.04}" width="${width * 0.94}" height="${height * 0.92}" fill="none" stroke="${border}" stroke-width="${Math.round(width * 0.008)}"/>
  <text x="50%" y="${height * 0.18}" text-anchor="middle" font-size="${Math.round(height * 0.08)}" font-family="${font}" fill="${border}" font-weight="bold">${esc(title)}</text>
  ${text}
  <text x="${width * 0.08}" y="${height * 0.9}" font-size="${Math.round(height * 0.03)}" font-family="${font}" fill="#a00">演示数据，非真实证件 · DEMO ONLY</text>
  ${stamp ? `<circle cx="${width * 0.78}" cy="${height * 0.72}" r="${height * 0.12}" fill="none" stroke="#c00" stroke-width="${height * 0.012}"/><text x="${width * 0.78}" y="${height * 0.735}" text-anchor="middle" font-size="${Math.round(height * 0.035)}" font-family="${font}" fill="#c00">${esc(stamp)}</text>` : ''}
</svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toFile(file);
  return file;
}

/** Quotes a path for a POSIX shell only when it needs it, so a printed command pastes as is. */
const shellQuote = (p) => (/^[\w@%+=:,./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`);

/** Removes the packages an earlier demo run wrote (备案材料_… folders and .zip files) from the demo's output folder. */
function removeOwnPackages(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name.startsWith('备案材料_') || name === '最新一次演示.txt') rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}

// --- main ----------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(cli)) {
    process.stderr.write('dist/ 不存在，先构建（node scripts/build.mjs）…\n');
    const b = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    if (b.status !== 0) process.exit(b.status ?? 1);
  }
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(workspace, { recursive: true });
  const scans = path.join(workspace, '..', '.demo-scans');
  rmSync(scans, { recursive: true, force: true });
  mkdirSync(scans, { recursive: true });

  const creditCode = uscc('MA2DEM01');
  const unitName = '厦门演示数据科技有限公司（演示）';
  const now = new Date(Date.now() + 8 * 3600_000); // China Standard Time
  const month = now.toISOString().slice(0, 7);
  const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

  const people = [
    { name: '林演示', roles: ['法定代表人'], birth: '19780412', seq: '101', sex: '男', mobile: '13800000001' },
    { name: '陈演示', roles: ['主要负责人', '值班人员'], birth: '19830907', seq: '202', sex: '女', mobile: '13800000002' },
    { name: '黄演示', roles: ['网络管理员', '值班人员', '24小时应急联系人'], birth: '19900301', seq: '303', sex: '男', mobile: '13800000003' },
    { name: '吴演示', roles: ['安全员', '值班人员', '网络安全负责人'], birth: '19921111', seq: '404', sex: '女', mobile: '13800000004' },
    { name: '郑演示', roles: ['值班人员'], birth: '19950520', seq: '505', sex: '男', mobile: '13800000005' },
  ];

  process.stderr.write('生成样例扫描件…\n');
  const license = await scan(path.join(scans, '营业执照.jpg'), {
    width: 2000, height: 1400, background: '#efe6cf', border: '#8a1c1c', title: '营 业 执 照（演示）', stamp: '演示登记机关',
    lines: [`统一社会信用代码  ${creditCode}`, `名　　称  ${unitName}`, '类　　型  有限责任公司（演示）', `法定代表人  ${people[0].name}`, '住　　所  福建省厦门市思明区演示路1号'],
  });
  const telecom = await scan(path.join(scans, '电信业务经营许可证.jpg'), {
    width: 1400, height: 2000, background: '#f1ecdf', border: '#1c3f8a', title: '增值电信业务经营许可证（演示）', stamp: '演示通信管理局',
    lines: ['经营许可证编号  闽B1-20990001', `公司名称  ${unitName}`, '业务种类  互联网数据中心业务、互联网接入服务业务', '有效期至  2029年12月31日'],
  });
  const ids = [];
  for (const p of people) {
    const idNumber = residentId(p.birth, p.seq);
    const front = await scan(path.join(scans, `${p.name}_正面.jpg`), {
      width: 1712, height: 1080, background: '#dfe9f1', border: '#2b5f88', title: '居民身份证（演示）',
      lines: [`姓名 ${p.name}`, `性别 ${p.sex}　民族 汉`, `出生 ${p.birth.slice(0, 4)}年${Number(p.birth.slice(4, 6))}月${Number(p.birth.slice(6))}日`, '住址 福建省厦门市思明区演示街道', `公民身份号码 ${idNumber}`],
    });
    const back = await scan(path.join(scans, `${p.name}_反面.jpg`), {
      width: 1712, height: 1080, background: '#e4ecf2', border: '#2b5f88', title: '中华人民共和国 居民身份证（演示）',
      // Each person's own back (the same image for two people is a reminder); 有效期限 as entered below.
      lines: ['签发机关 厦门市公安局思明分局（演示）', p.roles.includes('法定代表人') ? '有效期限 2016.05.01-长期' : '有效期限 2020.01.01-2040.01.01', `（${p.name}）`],
    });
    ids.push({ ...p, idNumber, front, back });
  }

  process.stderr.write('通过 beian batch 录入演示数据…\n');
  const files = [license, telecom, ...ids.flatMap((p) => [p.front, p.back])];
  const added = batch([
    {
      method: 'unit.save',
      input: {
        name: unitName, creditCode, roles: ['IDC机房服务单位', '托管服务单位', '服务器架设单位'],
        registeredAddress: '福建省厦门市思明区演示路1号（演示）', officeAddress: '福建省厦门市湖里区演示大道88号演示大厦8层（演示）',
        phone: '0592-5550100', email: 'beian@example.com',
      },
    },
    ...files.map((f) => ({ method: 'attachments.add', input: { path: f } })),
  ]);
  const sha = (file) => added[1 + files.indexOf(file)].sha256;

  const saved = batch([
    { method: 'licenses.save', input: { kind: '营业执照', number: creditCode, issuer: '厦门市市场监督管理局（演示）', validFrom: '2019-05-20', longTerm: true, scans: [sha(license)] } },
    {
      method: 'licenses.save',
      input: { kind: '电信业务经营许可证', number: '闽B1-20990001', issuer: '福建省通信管理局（演示）', validFrom: '2024-12-31', validTo: '2029-12-31', scope: ['B11', 'B14'], scans: [sha(telecom)] },
    },
    ...ids.map((p) => ({
      method: 'people.save',
      input: {
        name: p.name, idType: '居民身份证', idNumber: p.idNumber, mobile: p.mobile, title: '', roles: p.roles, idFront: sha(p.front), idBack: sha(p.back),
        ...(p.roles.includes('法定代表人') ? { idLongTerm: true } : { idValidTo: '2040-01-01' }),
      },
    })),
  ]);
  const personId = saved.slice(2).map((p) => p.id);
  const [, mainId, adminId, officerId, dutyId] = personId;

  // 机房: where the demo servers stand, with the documentation address blocks they use (RFC 5737, RFC 3849).
  const [room] = batch([
    {
      method: 'idcRooms.save',
      input: {
        name: '演示软件园机房（演示）', address: '福建省厦门市思明区演示软件园二期演示路9号（演示）', operator: '厦门演示数据中心有限公司（演示）',
        upstream: '演示电信厦门分公司（演示）', bandwidth: '10Gbps', ipBlocks: ['192.0.2.0/24', '2001:db8::/32'], contactName: '机房演示', contactPhone: '0592-5550120',
      },
    },
  ]);
  const servers = [];
  for (let i = 1; i <= 25; i++) {
    const purposes = i === 3 ? ['域名解析'] : i === 4 ? ['电子邮件'] : i === 5 ? ['游戏'] : ['网站/虚拟空间'];
    const online = new Date(Date.UTC(2025, (i * 2) % 12, 1 + i));
    const filed = new Date(online.getTime() + (5 + (i % 20)) * 86_400_000);
    servers.push({
      method: 'servers.save',
      input: {
        assetNo: `XM-DEMO-${String(i).padStart(4, '0')}`,
        hostname: `srv${String(i).padStart(2, '0')}.demo.example.com`,
        ips: [`192.0.2.${10 + i}`, `2001:db8::${(10 + i).toString(16)}`],
        rack: `A${String(1 + Math.floor((i - 1) / 10)).padStart(2, '0')}-${String(((i - 1) % 10) * 4 + 1).padStart(2, '0')}U`,
        purposes,
        onlineDate: online.toISOString().slice(0, 10),
        filedOn: filed.toISOString().slice(0, 10),
        managers: [{ kind: 'person', personId: i % 2 ? adminId : officerId }],
        roomId: room.id,
        ...(i === 3 ? { dnsMeasures: ['已建立域名解析服务安全保护制度', '关闭开放递归查询或限制递归范围', '部署抗DDoS攻击防护措施', '解析日志记录并按日志留存期限留存', '及时更新软件版本和安全补丁', '管理接口访问控制与口令策略'] } : {}),
        ...(i === 4 ? { mailMeasures: ['SMTP身份认证，禁止开放中继', '反垃圾邮件过滤', '邮件病毒查杀', '邮件收发日志记录并按日志留存期限留存', '用户实名登记', '及时更新软件版本和安全补丁'] } : {}),
        ...(i === 5 ? { gameLogStatement: '游戏服务器登录日志、充值日志留存不少于六个月（演示）' } : {}),
      },
    });
  }
  batch([
    {
      method: 'securityGroup.save',
      input: {
        mode: 'own', establishedOn: '2024-03-01', leaderId: mainId,
        members: [
          { personId: mainId, duty: '组长', phone: '0592-5550100' },
          { personId: adminId, duty: '网络管理员', phone: '13800000003' },
          { personId: officerId, duty: '安全员', phone: '13800000004' },
        ],
        protectionPolicy: '一、机房出入实行登记制度（演示）。\n二、服务器日志留存不少于六个月（演示）。\n三、发现违法信息立即停止传输、保存记录并报告公安机关（演示）。',
        trainings: [{ date: '2026-06-18', topic: '信息网络安全法规培训（演示）', attendeeIds: [mainId, adminId, officerId] }],
      },
    },
    { method: 'dutyPolicy.save', input: { text: `${DUTY_POLICY_DEMO}` } },
    {
      method: 'dutyRoster.saveSettings',
      input: {
        dutyPhone: '0592-5550110',
        shifts: [
          { id: 'day', name: '白班', start: '08:00', end: '20:00' },
          { id: 'night', name: '夜班', start: '20:00', end: '08:00' },
        ],
        rotation: [mainId, adminId, officerId, dutyId],
        rotationStart: `${month}-01`,
      },
    },
    { method: 'dutyRoster.generate', input: { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` } },
    ...servers,
  ]);
  const serverList = batch([{ method: 'servers.list', input: {} }])[0];
  const serverIds = serverList.map((srv) => srv.id);

  // 客户空间 (第四条、第十二条): units and individuals, an IDN domain, one reported, one past its thirty days.
  const day = (offset) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const renters = [
    { renterKind: '单位', renterName: '厦门演示电子商务有限公司（演示）', renterIdType: '统一社会信用代码', renterIdNumber: uscc('MA2DEM11'), responsibleName: '蔡演示', responsibleIdType: '居民身份证', responsibleIdNumber: residentId('19800808', '611'), domains: [{ domain: 'shop.demo.example.com', icpNumber: '闽ICP备99990001号-1', psbNumber: '闽公网安备35020399990001号' }], openedOn: day(-45), reportedOn: day(-30) },
    { renterKind: '单位', renterName: '厦门演示软件有限公司（演示）', renterIdType: '统一社会信用代码', renterIdNumber: uscc('MA2DEM12'), responsibleName: '许演示', responsibleIdType: '居民身份证', responsibleIdNumber: residentId('19870215', '622'), domains: [{ domain: '演示软件.中国', icpNumber: '闽ICP备99990002号-1' }, { domain: 'app.demo.example.com', icpNumber: '闽ICP备99990002号-2', psbNumber: '闽公网安备35020399990002号', holderName: '许演示', holderIdType: '居民身份证', holderIdNumber: residentId('19870215', '622') }], openedOn: day(-10) },
    { renterKind: '个人', renterName: '杨演示', renterIdType: '居民身份证', renterIdNumber: residentId('19930606', '633'), renterPhone: '13800000011', domains: [{ domain: 'blog.demo.example.com', icpNumber: '闽ICP备99990003号-1' }], openedOn: day(-40) },
    { renterKind: '个人', renterName: '苏演示', renterIdType: '居民身份证', renterIdNumber: residentId('19960909', '644'), renterPhone: '13800000012', openedOn: day(-26) },
    { renterKind: '个人', renterName: '何演示', renterIdType: '居民身份证', renterIdNumber: residentId('19881212', '655'), openedOn: day(-2) },
  ];
  batch([
    ...renters.map((r, i) => ({ method: 'customerSpaces.save', input: { serverId: serverIds[i % serverIds.length], ...r } })),
    {
      method: 'incidents.save',
      input: { occurredAt: `${day(-3)} 02:15`, kind: '事件', title: '端口扫描（演示）', description: '防火墙记录到来自境外地址的大量端口扫描（演示）。', measures: '封禁来源地址，检查开放端口（演示）' },
    },
    {
      method: 'incidents.save',
      input: { occurredAt: `${day(-6)} 10:30`, kind: '案件', title: '网站页面被篡改（演示）', description: '客户网站首页被植入赌博链接（演示）。', measures: '断开服务器网络，保存日志，恢复页面（演示）', reportedAt: `${day(-6)} 11:00`, reportedTo: '厦门市公安局网安支队 值班民警（演示）' },
    },
  ]);
  rmSync(scans, { recursive: true, force: true });

  // 游戏日志 (第七条): a small log folder of the game server, sealed; `beian logs verify` checks it later.
  const gameLogs = path.join(workspace, '演示游戏日志');
  mkdirSync(gameLogs, { recursive: true });
  writeFileSync(path.join(gameLogs, 'login.log'), `${day(-1)} 20:00:01 玩家登录 user=demo001 ip=192.0.2.50（演示）\n`);
  writeFileSync(path.join(gameLogs, 'recharge.log'), `${day(-1)} 20:05:12 充值 user=demo001 amount=30（演示）\n`);
  const gameServer = serverList.find((srv) => srv.purposes.includes('游戏'));
  batch([{ method: 'logs.seal', input: { path: gameLogs, serverId: gameServer?.id ?? '', note: '演示日志' } }]);

  process.stderr.write(`演示工作目录：${workspace}\n\n`);
  if (!withExport) return;
  const check = spawnSync(process.execPath, [cli, 'check', '--workspace', workspace, '--month', month], { encoding: 'utf8' });
  process.stderr.write(check.stdout);
  // The demo's output folder holds only the demo's own packages: a second run replaces the first rather than
  // writing a "…_2" beside it.
  removeOwnPackages(output);
  mkdirSync(output, { recursive: true });
  const exp = spawnSync(process.execPath, [cli, 'export', '--workspace', workspace, '--out', output, '--zip', '--month', month, '--report-month', month], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  process.stdout.write(exp.stdout);
  process.stderr.write(exp.stderr);
  if (exp.status !== 0) process.exit(exp.status ?? 1);
  const folder = /^已校验 \d+ 个文件：(.+)$/m.exec(exp.stdout)?.[1];
  if (folder) {
    writeFileSync(path.join(output, '最新一次演示.txt'), `${folder}\n`);
    process.stdout.write(`\n备案材料文件夹：${folder}\n再次校验：cd ${shellQuote(folder)} && sha256sum -c SHA256SUMS.txt\n`);
    process.stdout.write(`在浏览器中打开演示数据：npm run web -- --workspace ${shellQuote(workspace)}\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`演示失败：${err.message}\n`);
  process.exit(1);
});
