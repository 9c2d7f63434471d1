import type { FileBody } from '../../shared/contracts/routes.js';
import type { ReportsDeps } from '../../shared/reports/deps.js';
import type { ServiceReport } from '../../shared/reports/model.js';
import { getReport, getReportExport, listReports } from '../../shared/reports/reports.js';
import { renderServiceReportPdf, serviceReportPdfFilename } from '../adapters/pdf/report-pdf.js';
import type { ContextImplementation } from '../http/create-http-handler.js';

/** `2026-11.pdf` → `2026-11`. */
const periodOfFile = (reportFile: string): string => reportFile.replace(/\.pdf$/, '');

/** The report's PDF, rendered from the stored report on each request (deterministic bytes: the same file every time). */
const asPdf = async (report: ServiceReport): Promise<FileBody> => ({
  file: {
    contentType: 'application/pdf',
    filename: serviceReportPdfFilename(report),
    bytes: await renderServiceReportPdf(report),
  },
});

/**
 * The monthly service report routes: the list, the report (`YYYY-MM` as JSON — CSV with `Accept: text/csv`, the
 * manifest's renderer — or `YYYY-MM.pdf`), and the raw records behind it.
 */
export const reportRoutes = (
  deps: ReportsDeps,
): Pick<ContextImplementation<'reports'>, 'listReports' | 'getReport' | 'getReportExport'> => ({
  listReports: ({ actor, query }) => listReports(deps, actor, query),
  getReport: async ({ actor, params, query }) => {
    const report = await getReport(deps, actor, periodOfFile(params.period), query.tenantId);
    return params.period.endsWith('.pdf') ? asPdf(report) : report;
  },
  getReportExport: ({ actor, params, query }) => getReportExport(deps, actor, params.period, query.tenantId),
});
