import { ApiError } from '../../../shared/api/errors';
import type { License, StoredLicense } from '../../../shared/records/license';
import { storedLicenseSchema } from '../../../shared/records/license';
import { readAll, type RecordKind } from '../recordRepository';

export const licenseRecords: RecordKind<License, StoredLicense> = {
  kind: 'license',
  title: '证照',
  toStored: (input, id) => {
    const { id: _ignored, ...fields } = input as License & { id?: string };
    // 证照名称 is for 其他 only; the other kinds are named by their kind.
    return storedLicenseSchema.parse({ ...fields, title: fields.kind === '其他' ? fields.title : '', id });
  },
  parseStored: (data) => storedLicenseSchema.parse(data),
  attachments: (l) => l.scans.map((sha256) => ({ field: 'scans', sha256 })),
  check: (db, license) => {
    const twin = readAll(db, licenseRecords).find((l) => l.id !== license.id && l.kind === license.kind && l.number === license.number);
    if (twin) throw new ApiError('VALIDATION', `证照编号：这张${license.kind === '其他' ? '证照' : license.kind}已经登记过，请编辑原有的一条`, 'number');
  },
};
