// One sheet row → the 客户空间 input it describes, with the cells that cannot be read as a value reported.
import type { ColumnMapping, ImportField } from '../../../shared/records/customerImport';
import { IMPORT_FIELDS } from '../../../shared/records/customerImport';
import { endedOnProblem, UNIT_ID_TYPE, type CustomerSpaceInput, type RenterIdType } from '../../../shared/records/customerSpace';
import { inferIdType, parseDateCell, parseHolderText, parseIdType, parseRenterKind, SCIENTIFIC, splitDomains, splitHolders } from './cellParsers';
import { findServer, type ServerIndex } from './serverIndex';
import type { SheetRow } from './sheetTypes';

export interface CellProblem {
  field: ImportField;
  message: string;
}

/** Fields whose digits must survive exactly: a number Excel rounded cannot be imported. */
const DIGIT_FIELDS: ImportField[] = ['renterIdNumber', 'responsibleIdNumber', 'holderIdNumber', 'renterPhone'];

const lostDigits = (field: ImportField) =>
  `${IMPORT_FIELDS[field]}：Excel 把这一格存成了数字（显示为科学计数法，如 3.5E+17），末几位已丢失；请把这一列的单元格格式设为“文本”，重新填写号码后再导入`;

export interface MapContext {
  servers: ServerIndex;
  /** Today (CST), computed once per import rather than once per 证件号码. */
  today: string;
}

/**
 * `endedOn`: the row's 退租日期, '' when none. It is not part of the input (an edit never sets it): the import
 * writes it as 退租 after the space.
 */
export function mapRow(row: SheetRow, mapping: ColumnMapping, { servers, today }: MapContext): { input: CustomerSpaceInput; endedOn: string; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const cell = (field: ImportField): string => {
    const col = mapping[field];
    return col === null || col === undefined ? '' : (row.cells[col] ?? '').trim();
  };
  for (const field of DIGIT_FIELDS) {
    const col = mapping[field];
    if (col === null || col === undefined) continue;
    if (row.lossy?.includes(col) || SCIENTIFIC.test(cell(field))) problems.push({ field, message: lostDigits(field) });
  }

  const renterIdNumber = cell('renterIdNumber');
  const typedIdType = cell('renterIdType');
  const typedKind = cell('renterKind');
  // No number and no type: only 请填写证件号码 is worth saying, under the type the row's kind implies.
  const defaultIdType = parseRenterKind(typedKind) === '单位' ? UNIT_ID_TYPE : '居民身份证';
  let renterIdType: RenterIdType | '' | null = typedIdType === '' ? (renterIdNumber === '' ? defaultIdType : inferIdType(renterIdNumber, { today })) : parseIdType(typedIdType);
  if (renterIdType === null) {
    problems.push({ field: 'renterIdType', message: `${IMPORT_FIELDS.renterIdType}：无法识别“${typedIdType}”，应为统一社会信用代码、居民身份证、护照、港澳居民来往内地通行证、台湾居民来往大陆通行证或外国人永久居留身份证` });
    renterIdType = '';
  }
  // 个体工商户 hold a business licence: with a 统一社会信用代码 they rent as a 单位, otherwise as the person.
  const kindFromId = renterIdType === UNIT_ID_TYPE ? '单位' : '个人';
  let renterKind = typedKind === '' || typedKind.includes('个体') ? kindFromId : parseRenterKind(typedKind);
  if (renterKind === null) {
    problems.push({ field: 'renterKind', message: `${IMPORT_FIELDS.renterKind}：无法识别“${typedKind}”，应为单位或个人` });
    renterKind = '个人';
  }

  const responsibleIdNumber = cell('responsibleIdNumber');
  const typedResponsibleType = cell('responsibleIdType');
  let responsibleIdType =
    typedResponsibleType === '' ? (responsibleIdNumber === '' ? '' : inferIdType(responsibleIdNumber, { personOnly: true, today })) : parseIdType(typedResponsibleType);
  if (responsibleIdType === null || responsibleIdType === UNIT_ID_TYPE) {
    problems.push({ field: 'responsibleIdType', message: `${IMPORT_FIELDS.responsibleIdType}：无法识别“${typedResponsibleType}”，应为居民身份证、护照、港澳或台湾通行证、外国人永久居留身份证之一` });
    responsibleIdType = '';
  }

  // ICP备案号 / 公安联网备案号: one per domain in the domains' order, or one for every domain of the row.
  const filingNumbersFor = (field: 'icpNumber' | 'psbNumber', domainCount: number): string[] => {
    // '—' (or '-', '无') holds the place of a domain without one, as 05's .xlsx writes it.
    const numbers = cell(field)
      .split(/[\s,，;；、]+/)
      .filter(Boolean)
      .map((n) => (/^(?:[—–-]+|无)$/u.test(n) ? '' : n));
    if (numbers.every((n) => n === '')) return [];
    if (domainCount === 0) {
      problems.push({ field, message: `${IMPORT_FIELDS[field]}：这一行没有绑定域名，备案号无处登记` });
      return [];
    }
    if (numbers.length === domainCount) return numbers;
    if (numbers.length === 1) return Array.from({ length: domainCount }, () => numbers[0]!);
    problems.push({ field, message: `${IMPORT_FIELDS[field]}：有${numbers.length}个，与${domainCount}个绑定域名对不上（应每个域名一个，按域名的顺序）` });
    return [];
  };
  // A holder is 同租用者 (none), a name with the ID in the holder columns, or a name with its ID in brackets.
  const holderOf = (text: string, useColumns: boolean) => {
    const parsed = parseHolderText(text);
    const holderIdNumber = parsed.holderIdNumber ?? (useColumns ? cell('holderIdNumber') : '');
    const typed = parsed.holderIdType ?? (useColumns ? cell('holderIdType') : '');
    let holderIdType = typed === '' ? (holderIdNumber === '' ? '' : inferIdType(holderIdNumber, { today })) : parseIdType(typed);
    if (holderIdType === null) {
      problems.push({ field: 'holderIdType', message: `${IMPORT_FIELDS.holderIdType}：无法识别“${typed}”` });
      holderIdType = '';
    }
    return { holderName: parsed.holderName, holderIdType, holderIdNumber };
  };
  const domainNames = splitDomains(cell('domains'));
  const holderCell = cell('holderName');
  // One holder per domain when the cell lists as many as there are domains (as 05's .xlsx writes them), else one for all.
  const perDomain = domainNames.length > 1 ? splitHolders(holderCell) : [];
  const holders = perDomain.length === domainNames.length ? perDomain.map((h) => holderOf(h, false)) : null;
  const shared = holders ? null : holderOf(holderCell, true);
  const icp = filingNumbersFor('icpNumber', domainNames.length);
  const psb = filingNumbersFor('psbNumber', domainNames.length);
  const domains = domainNames.map((domain, i) => ({ domain, ...(holders ? holders[i]! : shared!), icpNumber: icp[i] ?? '', psbNumber: psb[i] ?? '' }));

  const date = (field: 'openedOn' | 'reportedOn' | 'endedOn'): string => {
    const text = cell(field);
    const iso = parseDateCell(text);
    if (iso === null) {
      problems.push({ field, message: `${IMPORT_FIELDS[field]}：无法识别的日期“${text}”，格式如 2026-03-05、2026/3/5 或 2026年3月5日` });
      return '';
    }
    return iso;
  };
  const openedOn = date('openedOn');
  const reportedOn = date('reportedOn');
  const endedOn = date('endedOn');
  if (endedOn !== '' && openedOn !== '') {
    const problem = endedOnProblem(endedOn, openedOn, today);
    if (problem) problems.push({ field: 'endedOn', message: problem });
  }

  const serverText = cell('server');
  let serverId = '';
  if (serverText !== '') {
    const found = findServer(servers, serverText);
    if (found) serverId = found;
    else problems.push({ field: 'server', message: `所在服务器：找不到资产编号、主机名或IP为“${serverText}”的服务器，请先在“服务器”中登记，或清空这一格` });
  }

  const input: CustomerSpaceInput = {
    spaceCode: cell('spaceCode'),
    serverId,
    renterKind: renterKind as CustomerSpaceInput['renterKind'],
    renterName: cell('renterName'),
    renterIdType: renterIdType as CustomerSpaceInput['renterIdType'],
    renterIdNumber,
    renterPhone: cell('renterPhone'),
    responsibleName: cell('responsibleName'),
    responsibleIdType: responsibleIdType as CustomerSpaceInput['responsibleIdType'],
    responsibleIdNumber,
    domains: domains as CustomerSpaceInput['domains'],
    openedOn,
    reportedOn,
    note: cell('note'),
  };
  return { input, endedOn, problems };
}
