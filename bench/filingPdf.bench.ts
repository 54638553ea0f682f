// 01 单位备案登记表 two ways, the same content: our pdf-lib engine (layout, HarfBuzz subsetting, embedding)
// against the form as HTML printed by Chromium's page.pdf() (Debian's /usr/bin/chromium through playwright-core,
// the same Noto Sans SC / JP files loaded with @font-face, A4, header/footer templates with the unit name, the
// generation time and page numbers, <thead> repeated by Chromium). Median of BENCH_RUNS (default 10) each after
// one warm-up; the browser is launched once, outside the timing (its launch time is printed apart).
// Env: BENCH_RUNS, CHROMIUM_PATH (default /usr/bin/chromium), BENCH_OUT (a folder to keep both PDFs in).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openApiHost } from '../electron/api/host';
import { formatTime } from '../electron/pdf/document';
import { FACE_SOURCES, locateFace } from '../electron/pdf/fonts';
import { renderLayout } from '../electron/pdf';
import { basis, unitName, type Block } from '../electron/filing/pdfs/common';
import * as unitRegistration from '../electron/filing/pdfs/unitRegistration';
import { loadFilingRecords, type FilingRecords } from '../electron/filing/records';
import { fillWorkspace, GENERATED_AT, MONTH } from '../test/unit/filing/fixture';

type Playwright = typeof import('playwright-core');

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const lines = (s: string) => s.split('\n').map(esc).join('<br>');

/** The same blocks as HTML: A4, 20 mm margins, the same sizes in points. */
function toHtml(blocks: readonly Block[]): string {
  const faces = FACE_SOURCES.map((f) => `@font-face { font-family: "${f.id}"; src: url("${pathToFileURL(locateFace(f)).href}"); }`).join('\n');
  const body = blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `<h1>${esc(b.text)}</h1>`;
        case 'paragraph':
          return `<p style="font-size:${b.size ?? 11}pt">${lines(b.text)}</p>`;
        case 'section':
          return `<h2>${esc(b.title)}</h2>${b.articles ? `<p class="basis">${esc(basis(b.articles))}</p>` : ''}`;
        case 'table': {
          const total = b.columns.reduce((n, c) => n + c.width, 0);
          const cols = b.columns.map((c) => `<col style="width:${((c.width / total) * 100).toFixed(2)}%">`).join('');
          const head = b.columns.map((c) => `<th>${lines(c.title)}</th>`).join('');
          const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${lines(c)}</td>`).join('')}</tr>`).join('');
          return `<table style="font-size:${b.size ?? 9}pt"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
        }
        case 'signatures':
          return `<div class="sigs">${b.boxes.map((x) => `<div class="sig"><div>${esc(x.label)}：</div><div class="date">日期：<span>年　　月　　日</span></div></div>`).join('')}</div>`;
      }
    })
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
${faces}
body { font-family: "NotoSansSC", "NotoSansJP"; font-size: 11pt; margin: 0; }
h1 { font-size: 16pt; text-align: center; font-weight: normal; margin: 0 0 10pt; }
h2 { font-size: 12.5pt; font-weight: normal; margin: 10pt 0 2pt; break-after: avoid; }
p { margin: 0 0 6pt; line-height: 1.5; } p.basis { font-size: 9pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 9pt; }
th, td { border: 0.5pt solid #000; padding: 4pt; line-height: 1.5; vertical-align: top; overflow-wrap: anywhere; }
th { background: #e6e6e6; font-weight: normal; } tr { break-inside: avoid; }
.sigs { display: flex; gap: 12pt; break-inside: avoid; }
.sig { flex: 1; height: 110pt; border: 0.75pt solid #000; padding: 6pt 8pt; font-size: 10.5pt; display: flex; flex-direction: column; justify-content: space-between; box-sizing: border-box; }
.date span { float: right; }
</style></head><body>${body}</body></html>`;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'beian-bench-filing-pdf-'));
  try {
    const host = await openApiHost(path.join(dir, 'ws'));
    let records: FilingRecords;
    try {
      await fillWorkspace(host.dispatch, 30);
      records = loadFilingRecords(host.session.store, { month: MONTH });
    } finally {
      await host.close();
    }
    const opts = { month: MONTH, generatedAt: GENERATED_AT };

    const pdfLibOnce = async () => {
      const t = performance.now();
      const doc = unitRegistration.build(records, opts);
      const { bytes } = await renderLayout(doc);
      if (process.env.BENCH_OUT) writeFileSync(path.join(process.env.BENCH_OUT, '01_pdf-lib.pdf'), bytes);
      return { ms: performance.now() - t, bytes: bytes.length, pages: doc.pages.length };
    };
    const warm = await pdfLibOnce();
    const libTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) libTimes.push((await pdfLibOnce()).ms);

    const { chromium } = createRequire(path.join(process.cwd(), 'package.json'))('playwright-core') as Playwright;
    const launchStart = performance.now();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless'] });
    const launchMs = performance.now() - launchStart;
    const htmlFile = path.join(dir, '01.html');
    const header = `<div style="font-size:9pt;width:100%;margin:0 20mm;display:flex;justify-content:space-between"><span>${esc(unitName(records))}</span><span>生成时间：${formatTime(GENERATED_AT)}</span></div>`;
    const footer = '<div style="font-size:9pt;width:100%;text-align:center">第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</div>';
    const chromeOnce = async () => {
      const t = performance.now();
      writeFileSync(htmlFile, toHtml(unitRegistration.blocks(records, opts)));
      const page = await browser.newPage();
      await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
      const bytes = await page.pdf({
        format: 'A4',
        margin: { top: '29mm', bottom: '28mm', left: '20mm', right: '20mm' },
        displayHeaderFooter: true,
        headerTemplate: header,
        footerTemplate: footer,
      });
      await page.close();
      if (process.env.BENCH_OUT) writeFileSync(path.join(process.env.BENCH_OUT, '01_chromium.pdf'), bytes);
      return { ms: performance.now() - t, bytes: bytes.length };
    };
    let chrome: { ms: number; bytes: number };
    const chromeTimes: number[] = [];
    try {
      chrome = await chromeOnce();
      for (let i = 0; i < RUNS; i++) chromeTimes.push((await chromeOnce()).ms);
    } finally {
      await browser.close();
    }

    const lib = median(libTimes);
    const chr = median(chromeTimes);
    console.log(`filingPdf: 01 单位备案登记表, ${warm.pages} pages (${os.cpus().length} cores, node ${process.version})`);
    console.log(`filingPdf: pdf-lib   median of ${RUNS}: ${lib.toFixed(0)} ms (min ${Math.min(...libTimes).toFixed(0)}, max ${Math.max(...libTimes).toFixed(0)}), ${(warm.bytes / 1024).toFixed(0)} KB`);
    console.log(
      `filingPdf: Chromium  median of ${RUNS}: ${chr.toFixed(0)} ms (min ${Math.min(...chromeTimes).toFixed(0)}, max ${Math.max(...chromeTimes).toFixed(0)}), ${(chrome.bytes / 1024).toFixed(0)} KB; browser launch ${launchMs.toFixed(0)} ms not included`,
    );
    console.log(`filingPdf: ratio Chromium / pdf-lib = ${(chr / lib).toFixed(2)}×`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
