// poppler-utils (pdftotext, pdffonts, pdfinfo) on PDF bytes, as a reader of the PDF would see it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PdfFont {
  name: string;
  type: string;
  emb: boolean;
  sub: boolean;
  uni: boolean;
}

export class PdfFile {
  private readonly dir = mkdtempSync(path.join(os.tmpdir(), 'beian-pdf-test-'));
  readonly file = path.join(this.dir, 'test.pdf');

  constructor(bytes: Uint8Array) {
    writeFileSync(this.file, bytes);
  }

  /** `pdftotext -layout`, all pages or pages from…to. */
  text(from?: number, to = from): string {
    const range = from === undefined ? [] : ['-f', String(from), '-l', String(to)];
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', ...range, this.file, '-'], { encoding: 'utf8' });
  }

  info(): Record<string, string> {
    const out = execFileSync('pdfinfo', [this.file], { encoding: 'utf8' });
    return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
  }

  /** Every page's size as pdfinfo gives it, e.g. '841.89 x 595.28 pts (A4)', with its rotation. */
  pageSizes(): { size: string; rot: string }[] {
    const out = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', this.file], { encoding: 'utf8' });
    const sizes = [...out.matchAll(/^Page\s+\d+ size:\s*(.+)$/gm)].map((m) => m[1]!.trim());
    const rots = [...out.matchAll(/^Page\s+\d+ rot:\s*(.+)$/gm)].map((m) => m[1]!.trim());
    return sizes.map((size, i) => ({ size, rot: rots[i] ?? '' }));
  }

  /** `pdffonts` rows (name type encoding emb sub uni object ID). */
  fonts(): PdfFont[] {
    const lines = execFileSync('pdffonts', [this.file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    return lines.map((line) => {
      const parts = line.trim().split(/\s+/);
      // From the end: emb sub uni object-number generation
      const [emb, sub, uni] = parts.slice(-5, -2);
      return { name: parts[0]!, type: parts.slice(1, -6).join(' '), emb: emb === 'yes', sub: sub === 'yes', uni: uni === 'yes' };
    });
  }

  /** Every word with its box in points (`pdftotext -bbox`), pages from…to or all. */
  wordBoxes(from?: number, to = from): { text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
    const range = from === undefined ? [] : ['-f', String(from), '-l', String(to)];
    const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', ...range, this.file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
    }));
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
