import type { ReportStore } from '../../../shared/reports/ports.js';
import { renderServiceReportPdf, serviceReportPdfFilename } from '../pdf/report-pdf.js';
import type { AttachmentResolver } from './ses-notifier.js';

/**
 * The files a notification's `attachment` reference stands for: the service report's PDF, rendered from the stored
 * report of the notification's tenant and period (stored in the same transaction as the e-mail, so it is there; if it
 * is not, sending throws and the e-mail stays in the outbox).
 */
export const reportAttachments =
  (reports: Pick<ReportStore, 'get'>): AttachmentResolver =>
  async (notification) => {
    const reference = notification.attachment;
    if (reference?.type !== 'service_report') return [];
    const stored = await reports.get(notification.tenantId, reference.periodId);
    if (!stored) {
      throw new Error(`No service report of ${notification.tenantId} for ${reference.periodId} to attach.`);
    }
    return [
      {
        filename: serviceReportPdfFilename(stored.report),
        contentType: 'application/pdf',
        bytes: await renderServiceReportPdf(stored.report),
      },
    ];
  };
