// exceljs's own writer of one <xf> (cell format) in styles.xml; it ships no types for its internals.
declare module 'exceljs/lib/xlsx/xform/style/style-xform' {
  interface XmlStream {
    addAttribute(name: string, value: string): void;
  }
  class StyleXform {
    render(xmlStream: XmlStream, model: { numFmtId?: number }): void;
  }
  export = StyleXform;
}
