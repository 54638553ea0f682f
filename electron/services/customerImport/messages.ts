import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../shared/records/customerImport';
import { SHEET_BOUNDS } from './sheetBounds';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why a whole file is refused (nothing is imported from it). */
export const refusals = {
  empty: '文件是空的：第1行应为表头，其下是客户空间的数据',
  wrongType: '只能导入 .xlsx 或 .csv 文件（.xls 请在 Excel 中另存为 .xlsx）',
  notXlsx: '这个文件不是有效的 .xlsx 文件（可能是改了扩展名的其他文件），请在 Excel 中另存为 .xlsx 后重试',
  truncatedXlsx: '这个 .xlsx 文件不完整（可能下载或复制时中断了），未导入任何数据；请重新导出或复制后重试',
  damagedXlsx: '这个 .xlsx 文件已损坏，无法读取，未导入任何数据；请在 Excel 中打开并另存为 .xlsx 后重试',
  unknownEncoding: '无法识别 CSV 文件的编码（支持 UTF-8、GBK 和 Excel 的 Unicode 文本），请另存为“CSV UTF-8”后重试',
  csvQuoteNotClosed: 'CSV 文件中有未闭合的引号（某一格以 " 开头却没有结束的 "），未导入任何数据；请检查后重新保存',
  csvBroken: (line?: number) => `CSV 文件格式有误${line ? `（约在第${line}行）` : ''}，未导入任何数据；请在 Excel 中打开后另存为 CSV`,
  tooLarge: (bytes: number) => `文件太大（${mb(bytes)}），最大 ${MAX_IMPORT_BYTES / 1024 / 1024} MB；请分成几个文件导入`,
  tooManyRows: `数据行太多（一次最多 ${MAX_IMPORT_ROWS.toLocaleString('en-US')} 行），请分成几个文件导入`,
  noHeader: '第1行（表头）是空的：请在第1行写上各列的名称',
  xlsxNamedCsv: '这个文件实际上是 Excel 工作簿，却以 .csv 结尾；请把扩展名改为 .xlsx 后重试',
  xlsOld: '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后重试',
  inflatesTooLarge: `这个 .xlsx 文件解压后超过 ${SHEET_BOUNDS.inflatedBytes / 1024 / 1024} MB，不像是客户空间表格（可能是恶意构造的文件），未导入任何数据`,
  tooManyRowElements: `表格中的行（包括空行）超过 ${(MAX_IMPORT_ROWS + SHEET_BOUNDS.extraRows).toLocaleString('en-US')} 行，未导入任何数据；请删除多余的空行或分成几个文件导入`,
  tooManyColumns: `某一行超过 ${SHEET_BOUNDS.columns} 列，未导入任何数据；请只保留客户空间的各列`,
  cellTooLong: `某个单元格超过 ${SHEET_BOUNDS.cellChars.toLocaleString('en-US')} 个字（Excel 单元格的上限），未导入任何数据`,
  tooManySharedStrings: `这个 .xlsx 文件中的文字条目过多（超过 ${SHEET_BOUNDS.sharedStrings.toLocaleString('en-US')} 条），不像是客户空间表格，未导入任何数据`,
  tooSlow: `读取这个文件超过 ${SHEET_BOUNDS.wallSeconds} 秒仍未完成，已停止，未导入任何数据；请检查文件或分成几个文件导入`,
  outOfMemory: '读取这个文件需要的内存超出了上限（可能是恶意构造的文件），已停止，未导入任何数据',
  readerFailed: '读取这个文件时出错，已停止，未导入任何数据；请在 Excel 中打开并另存后重试',
};
