// The PDF engine's entry points: lay out with a PdfLayout (document.ts, text.ts, table.ts,
// signatureBoxes.ts), check the texts first (findMissingCharacters), then render.
import { findMissingCharacters as findMissing, type MissingCharacter, type TextField } from './coverage';
import { PdfLayout, type Orientation } from './document';
import { loadFaces } from './fonts';
import { createMeasure } from './measure';
import { renderPdf, type Rendered } from './render';

export { PdfLayout, type Orientation } from './document';
export { drawTable, type Column } from './table';
export { CODE_BREAKS } from './text';
export { drawSignatureBoxes, type SignatureBox } from './signatureBoxes';
export type { MissingCharacter, TextField } from './coverage';

/** Each character of the fields that no PDF font can draw, by record and field: show these before export. */
export function findMissingCharacters(texts: readonly TextField[]): MissingCharacter[] {
  return findMissing(loadFaces(), texts);
}

export function createLayout(options: { unitName: string; generatedAt: Date; title?: string; orientation?: Orientation }): PdfLayout {
  return new PdfLayout({ ...options, measure: createMeasure(loadFaces()) });
}

/** Adds headers and footers and renders the PDF. */
export function renderLayout(layout: PdfLayout): Promise<Rendered> {
  const { title, generatedAt } = layout.options;
  return renderPdf(layout.finish(), loadFaces(), { title, generatedAt, pageSize: layout.page });
}
