import type { License, StoredLicense } from '../../../shared/records/license';
import { storedLicenseSchema } from '../../../shared/records/license';
import type { RecordKind } from '../recordRepository';

export const licenseRecords: RecordKind<License, StoredLicense> = {
  kind: 'license',
  title: '证照',
  toStored: (input, id) => {
    const { id: _ignored, ...fields } = input as License & { id?: string };
    return storedLicenseSchema.parse({ ...fields, id });
  },
  parseStored: (data) => storedLicenseSchema.parse(data),
  attachments: (l) => l.scans.map((sha256) => ({ field: 'scans', sha256 })),
};
