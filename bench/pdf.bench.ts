// Time to produce a 3-page form-like filing PDF (heading, paragraphs, a table, 签字 / 盖章 boxes):
// layout, HarfBuzz subsetting of both faces, pdf-lib embedding and save. Median of BENCH_RUNS (default 10),
// after one warm-up run (font parsing, WASM start). Env: BENCH_RUNS.
import os from 'node:os';
import { createLayout, drawSignatureBoxes, drawTable, renderLayout } from '../electron/pdf';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function once(): Promise<{ ms: number; pages: number; bytes: number; layoutMs: number }> {
  const started = performance.now();
  const doc = createLayout({ unitName: '厦门鹭岛数据服务有限公司', generatedAt: new Date(), title: '服务器托管客户登记表' });
  doc.heading('服务器托管客户登记表');
  doc.paragraph('依据《厦门市服务器托管行业安全管理规定》，托管单位应当登记托管客户的真实身份信息及其服务器用途，' +
    '并在客户变更时及时更新。本表由托管单位填写，客户确认签字，吉田𠮷。');
  drawTable(doc, {
    columns: [
      { title: '序号', width: 1 },
      { title: '客户名称', width: 4 },
      { title: '联系人', width: 2 },
      { title: '服务器 IP', width: 3 },
      { title: '机柜位置', width: 2 },
      { title: '用途', width: 3 },
    ],
    rows: Array.from({ length: 42 }, (_, i) => [
      String(i + 1), `厦门某某网络科技有限公司第${i + 1}分公司`, `联系人${i + 1}`, `10.${i}.0.${i + 10}`, `A${i % 9}-${i % 42}U`, i % 5 ? '网站' : '数据库（内部 ERP system）',
    ]),
  });
  drawSignatureBoxes(doc, [{ label: '法定代表人（签字）' }, { label: '客户（签字）' }, { label: '单位（盖章）' }]);
  const layoutMs = performance.now() - started;
  const { bytes } = await renderLayout(doc);
  return { ms: performance.now() - started, pages: doc.pages.length, bytes: bytes.length, layoutMs };
}

async function main() {
  const t0 = performance.now();
  const first = await once();
  console.log(`pdf: first run (font parse + HarfBuzz WASM start) ${(performance.now() - t0).toFixed(0)} ms, ${first.pages} pages, ${(first.bytes / 1024).toFixed(0)} KB (${os.cpus().length} cores, node ${process.version})`);
  const times: number[] = [];
  const layouts: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await once();
    times.push(r.ms);
    layouts.push(r.layoutMs);
  }
  console.log(`pdf: ${first.pages}-page form, median of ${RUNS}: ${median(times).toFixed(0)} ms (layout ${median(layouts).toFixed(1)} ms), min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`);
  if (first.pages !== 3) throw new Error(`expected 3 pages, got ${first.pages}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
