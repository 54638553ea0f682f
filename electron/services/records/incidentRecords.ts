import type { z } from 'zod';
import { storedIncidentSchema, type incidentFields, type StoredIncident } from '../../../shared/records/incident';
import type { RecordKind } from '../recordRepository';

export const incidentRecords: RecordKind<z.output<typeof incidentFields>, StoredIncident> = {
  kind: 'incident',
  title: '安全事件',
  toStored: (input, id) => {
    const { id: _ignored, ...fields } = input as z.output<typeof incidentFields> & { id?: string };
    return storedIncidentSchema.parse({ ...fields, id });
  },
  parseStored: (data) => storedIncidentSchema.parse(data),
};
