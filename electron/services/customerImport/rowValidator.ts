// Every row checked with the shared 客户空间 schema; each problem names the field as the sheet's user knows it.
import type { z } from 'zod';
import { IMPORT_FIELDS, type ImportField } from '../../../shared/records/customerImport';
import { customerSpaceSchema, DOMAIN_LABELS, type CustomerSpace, type CustomerSpaceInput } from '../../../shared/records/customerSpace';
import type { CellProblem } from './rowMapper';

export const FIELD_OF_PATH: Record<string, ImportField> = {
  spaceCode: 'spaceCode',
  serverId: 'server',
  renterKind: 'renterKind',
  renterName: 'renterName',
  renterIdType: 'renterIdType',
  renterIdNumber: 'renterIdNumber',
  renterIdCountry: 'renterIdNumber',
  renterPhone: 'renterPhone',
  responsibleName: 'responsibleName',
  responsibleIdType: 'responsibleIdType',
  responsibleIdNumber: 'responsibleIdNumber',
  openedOn: 'openedOn',
  endedOn: 'endedOn',
  reportedOn: 'reportedOn',
  note: 'note',
  holderName: 'holderName',
  holderIdType: 'holderIdType',
  holderIdNumber: 'holderIdNumber',
  icpNumber: 'icpNumber',
  psbNumber: 'psbNumber',
  domain: 'domains',
};

/** 'label：text', without saying the label twice when the schema's message already starts with it. */
export function labelled(label: string, message: string): string {
  return message.startsWith(`${label}：`) ? message : `${label}：${message}`;
}

function problemOf(issue: z.core.$ZodIssue, input: CustomerSpaceInput): CellProblem {
  const [head, index, leaf] = issue.path;
  if (head === 'domains' && typeof index === 'number') {
    const field = FIELD_OF_PATH[String(leaf ?? 'domain')] ?? 'domains';
    const domain = input.domains?.[index]?.domain ?? '';
    const label = field === 'domains' ? `${DOMAIN_LABELS.domain}“${domain}”` : IMPORT_FIELDS[field];
    const bare = issue.message.startsWith(`${IMPORT_FIELDS[field]}：`) ? issue.message.slice(IMPORT_FIELDS[field].length + 1) : issue.message;
    return { field, message: `${label}：${bare}` };
  }
  if (head === 'domains') return { field: 'domains', message: labelled(IMPORT_FIELDS.domains, issue.message) };
  const field = FIELD_OF_PATH[String(head)] ?? 'note';
  return { field, message: labelled(IMPORT_FIELDS[field], issue.message) };
}

export function validateRow(input: CustomerSpaceInput): { ok: true; value: CustomerSpace } | { ok: false; problems: CellProblem[] } {
  const parsed = customerSpaceSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const seen = new Set<string>();
  const problems: CellProblem[] = [];
  for (const issue of parsed.error.issues) {
    const p = problemOf(issue, input);
    if (seen.has(p.message)) continue; // the holder's problem repeats for every domain of the row
    seen.add(p.message);
    problems.push(p);
  }
  return { ok: false, problems };
}
