import { validateIdentity } from '../../shared/identity';
import type { Handlers } from './handlers';
import type { WorkspaceSession } from '../workspace/session';
import { listAudit } from '../services/auditService';
import { getUnit, saveUnit } from '../services/unitService';
import { getRecord, listRecords, removeRecord, saveRecord } from '../services/recordRepository';
import { licenseRecords } from '../services/records/licenseRecords';
import { personRecords } from '../services/records/personRecords';
import { serverRecords } from '../services/records/serverRecords';
import { incidentRecords } from '../services/records/incidentRecords';
import { dutyLogRecords } from '../services/dutyRoster/logRecords';
import { dutyRosterIcsFile } from '../services/dutyRoster/icsExport';
import { previewDutyRoster } from '../services/dutyRoster/preview';
import { rosterImportHandlers } from '../services/dutyRoster/rosterImportHandlers';
import { idcRoomRecords } from '../services/records/idcRoomRecords';
import { getDutyPolicy, saveDutyPolicy } from '../services/dutyPolicyService';
import { customerSpaceHandlers } from '../services/customerSpaces/handlers';
import { reportHandlers } from '../filing/reportHandlers';
import { logSealHandlers } from '../services/logSeals/handlers';
import { pickerHandlers } from '../services/picker/handlers';
import { getSecurityGroup, saveSecurityGroup } from '../services/securityGroupService';
import { attachmentHandlers } from '../services/attachmentHandlers';
import { complianceHandlers } from '../services/complianceHandlers';
import { filingHandlers } from '../filing/handlers';
import { backupHandlers } from '../backup/handlers';
import { getImageProfile, getSettings, saveSettings } from '../services/settingsService';
import {
  addDutyOverride,
  checkDutyRoster,
  dutyNow,
  generateDutyRoster,
  getDutyRoster,
  removeDutyOverride,
  saveDutyRosterSettings,
  undoDutyRoster,
} from '../services/dutyRosterService';

/** Every contract method, implemented over one workspace session. */
export function createHandlers(session: WorkspaceSession): Handlers {
  return {
    'identity.validate': ({ type, value }) => validateIdentity(type, value),
    'unit.get': () => getUnit(session.store),
    'unit.save': (unit) => saveUnit(session.store, unit),
    'workspace.status': () => session.status(),
    'workspace.restoreBackup': ({ file, confirmSetAside }) => session.restore(file, confirmSetAside),
    'audit.list': (filter) => listAudit(session.store, filter),

    'licenses.list': () => listRecords(session.store, licenseRecords),
    'licenses.get': ({ id }) => getRecord(session.store, licenseRecords, id),
    'licenses.save': (input) => saveRecord(session.store, licenseRecords, input),
    'licenses.remove': ({ id }) => removeRecord(session.store, licenseRecords, id),

    'people.list': () => listRecords(session.store, personRecords),
    'people.get': ({ id }) => getRecord(session.store, personRecords, id),
    'people.save': (input) => saveRecord(session.store, personRecords, input),
    'people.remove': ({ id }) => removeRecord(session.store, personRecords, id),

    'servers.list': () => listRecords(session.store, serverRecords),
    'servers.get': ({ id }) => getRecord(session.store, serverRecords, id),
    'servers.save': (input) => saveRecord(session.store, serverRecords, input),
    'servers.remove': ({ id }) => removeRecord(session.store, serverRecords, id),

    'incidents.list': () => listRecords(session.store, incidentRecords),
    'incidents.get': ({ id }) => getRecord(session.store, incidentRecords, id),
    'incidents.save': (input) => saveRecord(session.store, incidentRecords, input),
    'incidents.remove': ({ id }) => removeRecord(session.store, incidentRecords, id),

    'idcRooms.list': () => listRecords(session.store, idcRoomRecords),
    'idcRooms.get': ({ id }) => getRecord(session.store, idcRoomRecords, id),
    'idcRooms.save': (input) => saveRecord(session.store, idcRoomRecords, input),
    'idcRooms.remove': ({ id }) => removeRecord(session.store, idcRoomRecords, id),
    'dutyPolicy.get': () => getDutyPolicy(session.store),
    'dutyPolicy.save': (policy) => saveDutyPolicy(session.store, policy),

    'securityGroup.get': () => getSecurityGroup(session.store),
    'securityGroup.save': (group) => saveSecurityGroup(session.store, group),

    'dutyRoster.get': ({ from, to }) => getDutyRoster(session.store, from, to),
    'dutyRoster.saveSettings': (settings) => saveDutyRosterSettings(session.store, settings),
    'dutyRoster.generate': ({ from, to }) => generateDutyRoster(session.store, from, to),
    'dutyRoster.addOverride': (input) => addDutyOverride(session.store, input),
    'dutyRoster.removeOverride': ({ id }) => removeDutyOverride(session.store, id),
    'dutyRoster.undo': () => undoDutyRoster(session.store),
    'dutyRoster.check': ({ from, to }) => checkDutyRoster(session.store, from, to),
    'dutyRoster.now': ({ at }) => dutyNow(session.store, at),
    'dutyRoster.ics': ({ month, personId }) => dutyRosterIcsFile(session.store, month, personId),
    'dutyRoster.preview': ({ month, settings }) => previewDutyRoster(session.store, settings, month),
    'dutyLog.list': () => listRecords(session.store, dutyLogRecords),
    'dutyLog.get': ({ id }) => getRecord(session.store, dutyLogRecords, id),
    'dutyLog.save': (input) => saveRecord(session.store, dutyLogRecords, input),
    'dutyLog.remove': ({ id }) => removeRecord(session.store, dutyLogRecords, id),

    'settings.get': () => getSettings(session.store),
    'settings.save': (settings) => saveSettings(session.store, settings),

    ...attachmentHandlers(session),
    ...complianceHandlers(session),
    ...customerSpaceHandlers(session),
    ...reportHandlers(session),
    ...logSealHandlers(session),
    ...pickerHandlers(),
    ...rosterImportHandlers(session),
    ...filingHandlers(session, () => getImageProfile(session.store)),
    ...backupHandlers(session),
  };
}
