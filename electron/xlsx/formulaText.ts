// A cell that begins with = + - @ (or a tab or carriage return) becomes a formula when someone re-enters it
// in Excel or LibreOffice: a name like "=HYPERLINK(…)" from a customer sheet would turn into a live link.
// Such cells get the Text number format ("@") and, in styles.xml, quotePrefix="1" — Excel's own mark for
// "typed with a leading apostrophe" — so they show as written and stay text when edited.
import type ExcelJS from 'exceljs';
import StyleXform from 'exceljs/lib/xlsx/xform/style/style-xform';

const FORMULA_START = /^[=+\-@\t\r]/;
const TEXT_FORMAT_ID = 49; // the built-in "@" format

export const looksLikeFormula = (value: unknown): boolean => typeof value === 'string' && FORMULA_START.test(value);

// exceljs has no quotePrefix; it writes each <xf> through StyleXform.render, whose attributes stay open
// until its child nodes render, so one attribute more can follow the original.
const patchedMark = Symbol.for('beian.quotePrefix');
const proto = StyleXform.prototype as StyleXform & { [patchedMark]?: true };
if (!proto[patchedMark]) {
  const render = proto.render;
  proto.render = function renderWithQuotePrefix(xmlStream, model) {
    if (model.numFmtId !== TEXT_FORMAT_ID) return render.call(this, xmlStream, model);
    const own = Object.prototype.hasOwnProperty.call(xmlStream, 'addAttribute');
    const original = xmlStream.addAttribute;
    // Add quotePrefix right after the first attribute render adds after opening <xf>, before any child node.
    xmlStream.addAttribute = (name, value) => {
      original.call(xmlStream, name, value);
      xmlStream.addAttribute = original;
      original.call(xmlStream, 'quotePrefix', '1');
    };
    try {
      render.call(this, xmlStream, model);
    } finally {
      if (own) xmlStream.addAttribute = original;
      else delete (xmlStream as Partial<typeof xmlStream>).addAttribute;
    }
  };
  proto[patchedMark] = true;
}

/** Marks the row's formula-looking string cells as text; call before the row is committed. */
export function keepFormulasText(row: ExcelJS.Row): ExcelJS.Row {
  row.eachCell((cell) => {
    if (looksLikeFormula(cell.value)) cell.numFmt = '@';
  });
  return row;
}
