// A form-like test document: Chinese paragraphs, a table of `rows` rows, signature boxes.
import { createLayout, drawSignatureBoxes, drawTable, type Orientation, type PdfLayout } from '../../../electron/pdf';

export const UNIT = '厦门鹭岛数据服务有限公司';
/** 2026-03-01 14:05 China Standard Time, whatever the machine's zone. */
export const GENERATED_AT = new Date('2026-03-01T14:05:00+08:00');

export function sampleLayout(rows: number, orientation?: Orientation): PdfLayout {
  const doc = createLayout({ unitName: UNIT, generatedAt: GENERATED_AT, title: '信息网络安全人员名单', orientation });
  doc.heading('信息网络安全人员名单');
  doc.paragraph(
    '根据《厦门市服务器托管行业安全管理规定》第十三条，本单位设立信息网络安全领导小组，由单位负责人任组长，' +
      '成员包括网络管理员（network administrator）与 24 小时值班人员。联系电话：0592-1234567，' +
      '统一社会信用代码：91350200MA2XXXXX1A。\n组长：吉田𠮷，副组长：欧阳喆赟。',
  );
  drawTable(doc, {
    columns: [
      { title: '序号', width: 1, align: 'right' },
      { title: '姓名', width: 2 },
      { title: '职务', width: 2 },
      { title: '身份证号码', width: 4 },
      { title: '联系电话', width: 3 },
    ],
    rows: Array.from({ length: rows }, (_, i) => [String(i + 1), `值班员${i + 1}号`, i % 7 === 0 ? '网络安全管理员（兼机房值班负责人）' : '值班员', `35020319900101${String(1000 + i)}`, `1380000${String(i).padStart(4, '0')}`]),
  });
  doc.paragraph('以上人员信息真实、准确，本单位承担相应责任。');
  drawSignatureBoxes(doc, [{ label: '法定代表人（签字）' }, { label: '单位（盖章）' }]);
  return doc;
}
