export {
  type Context,
  type CurrentUser,
  createContextFactory,
  type Deps,
  hashSessionToken,
  type RequestInfo,
} from './context';
export { type AppRouter, appRouter, createCaller } from './root';
// For the HTTP host's PDF download, which a plain link must reach without the tRPC client header.
export { type PresentedVersion, presentedVersionOutput } from './routers/assessment/assessment.types';
export { presentAssessmentVersion } from './services/assessment';
// For the HTTP host's right of access export (issue 4 item 7), downloaded by a plain link too.
// The child index: keys for children loaded before it existed, and runs a stopped server left behind.
export { prepareChildIndex } from './services/child-matching';
export { type ExportFormat, exportChildRecord } from './services/child-record-export';
export {
  CHILD_RECORD_EXPORT_FORMAT,
  type ChildRecordExport,
  childRecordExportSchema,
  type ExportedEpisode,
} from './services/child-record-export.types';
export { type Mailer, type MailSettings, type OutgoingEmail, smtpMailer } from './services/mail';
export { type ReminderRun, sendDueReminders } from './services/reminders';
