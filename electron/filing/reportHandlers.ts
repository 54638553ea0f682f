import type { MethodName } from '../../shared/api/contract';
import type { Handlers } from '../api/handlers';
import type { WorkspaceSession } from '../workspace/session';
import { markMonthlyReported, monthlyHistory, monthlyReport } from '../services/reports/monthlyReportService';
import { renderMonthlyFiles } from './monthlyReportFiles';

type Methods = Extract<MethodName, `reports.${string}`>;

export function reportHandlers(session: WorkspaceSession): Pick<Handlers, Methods> {
  return {
    'reports.monthlyPreview': ({ month }) => monthlyReport(session.store, month),
    'reports.monthlyFiles': async ({ month }) => {
      const files = await renderMonthlyFiles(session.store, monthlyReport(session.store, month));
      return {
        report: files.report,
        pdf: { fileName: files.pdf.fileName, dataBase64: Buffer.from(files.pdf.bytes).toString('base64') },
        xlsx: { fileName: files.xlsx.fileName, dataBase64: files.xlsx.bytes.toString('base64') },
      };
    },
    'reports.markMonthlyReported': ({ month, via }) => markMonthlyReported(session.store, month, via),
    'reports.monthlyHistory': () => monthlyHistory(session.store),
  };
}
