import type { ScreenKey } from '../../store/navigation';

/** What the guide reads from the records; each count is the records as stored, nothing typed and unsaved. */
export interface FirstRunFacts {
  /** Every field of 单位信息 filled and saved. */
  unitComplete: boolean;
  idcRooms: number;
  licenses: number;
  people: number;
  /** People with the role 法定代表人 or 主要负责人 (the group's leader, 01's 负责人). */
  leaders: number;
  securityGroupSaved: boolean;
  dutyRosterSaved: boolean;
  servers: number;
  customerSpaces: number;
  /** What 导出备案材料's 完整性检查 still blocks on. */
  exportBlocking: number;
}

export interface FirstRunStep {
  screen: ScreenKey;
  title: string;
  /** What to do there, in a clerk's words. */
  hint: string;
  done: boolean;
  /** What the records show now: "已登记 2 个机房", "尚未保存". */
  state: string;
  /** The mark of a done step when 已完成 would say too much (the export is ready, not yet made). */
  doneLabel?: string;
  /** A step that is not needed by every unit: not counted for the guide's closing. */
  optional?: boolean;
}

const count = (n: number, unit: string, noun: string) => (n > 0 ? `已登记 ${n} ${unit}${noun}` : `尚未登记${noun}`);

/** The first package, in order (单位信息 → … → 导出备案材料), each step judged from the records themselves. */
export function firstRunSteps(f: FirstRunFacts): FirstRunStep[] {
  return [
    {
      screen: 'unit',
      title: '单位信息',
      hint: '单位名称、统一社会信用代码、单位类型、地址和联系方式，备案材料的每一份都用到。',
      done: f.unitComplete,
      state: f.unitComplete ? '已填写完整' : '尚未填写完整',
    },
    {
      screen: 'idcRooms',
      title: '机房',
      hint: '请先登记一个机房：名称、地址、运营单位、接入服务商、出口带宽、IP地址段和联系人；服务器要选择所在机房。',
      done: f.idcRooms > 0,
      state: count(f.idcRooms, '个', '机房'),
    },
    {
      screen: 'licenses',
      title: '证照',
      hint: '营业执照、经营许可证等证照的编号、有效期和扫描件。',
      done: f.licenses > 0,
      state: count(f.licenses, '份', '证照'),
    },
    {
      screen: 'people',
      title: '人员',
      hint: '法定代表人（或主要负责人）、网络安全负责人、网络管理员、安全员和值班人员，附身份证件扫描件。',
      done: f.leaders > 0,
      state: f.people === 0 ? '尚未登记人员' : f.leaders > 0 ? `已登记 ${f.people} 人` : `已登记 ${f.people} 人，尚无法定代表人或主要负责人`,
    },
    {
      screen: 'securityGroup',
      title: '信息网络安全小组',
      hint: '小组的组长、成员和安全保护制度（第十条、第十三条（一））。',
      done: f.securityGroupSaved,
      state: f.securityGroupSaved ? '已保存' : '尚未保存',
    },
    {
      screen: 'dutyRoster',
      title: '值班表',
      hint: '值班电话、班次和轮换，排出二十四小时值班（第十三条（二））。',
      done: f.dutyRosterSaved,
      state: f.dutyRosterSaved ? '已设置' : '尚未设置',
    },
    {
      screen: 'servers',
      title: '服务器',
      hint: '每台服务器的资产编号、IP地址、所在机房、用途和管理人员（第八条）。',
      done: f.servers > 0,
      state: count(f.servers, '台', '服务器'),
    },
    {
      screen: 'customerSpaces',
      title: '客户空间',
      hint: '出租给客户的空间和租用者的身份信息（第十二条）；没有出租空间的单位可以跳过。',
      done: f.customerSpaces > 0,
      state: count(f.customerSpaces, '个', '客户空间'),
      optional: true,
    },
    {
      screen: 'export',
      title: '导出备案材料',
      hint: '检查材料是否齐全，生成全套PDF，存到U盘或任意文件夹，交公安机关。',
      done: f.exportBlocking === 0,
      doneLabel: '可以导出',
      state: f.exportBlocking === 0 ? '材料齐全，可以导出' : `还有 ${f.exportBlocking} 项阻止导出`,
    },
  ];
}

/** The guide stays until the basics are filed: every step that every unit needs, before the export itself. */
export const basicsFiled = (steps: readonly FirstRunStep[]): boolean => steps.filter((s) => !s.optional && s.screen !== 'export').every((s) => s.done);
