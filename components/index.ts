/**
 * Every partnership-kit element, registered. One script tag gives a page all
 * of them; defining twice (the script included twice on a CMS page) is harmless.
 */
export { PartnershipData } from './partnership-data/partnership-data.js';
export { PartnershipRoster } from './partnership-roster/partnership-roster.js';
export {
  QuorumIndicator,
  type AttendanceRecordedDetail,
  type AttendanceRejectedDetail,
} from './quorum-indicator/quorum-indicator.js';
export {
  VotePanel,
  type VoteEventDetail,
  type VoteQueuedDetail,
  type VoteRecordedDetail,
  type VoteRejectedDetail,
} from './vote-panel/vote-panel.js';
export { RiskRegister } from './risk-register/risk-register.js';
export {
  ActionTracker,
  type ActionRecordedDetail,
  type ActionRejectedDetail,
} from './action-tracker/action-tracker.js';
export { HighlightReport } from './highlight-report/highlight-report.js';
export type { PartnershipErrorDetail } from './internal/document-controller.js';
export type { SubmitFunction, Refusal, RefusalProblem } from '../src/data/outbox-senders.js';
export type { OutboxStatus } from '../src/data/outbox.js';
export type { HostNote, HostNoteReason } from '../src/data/host-note.js';
export type { LoadFailure } from '../src/data/document-state.js';
export { forgetSavedDocuments } from '../src/data/document-cache.js';
export { waitingOnThisDevice, type WaitingRecord } from '../src/data/waiting-on-this-device.js';
/** The host's clock as this device keeps it (the best of its recent `Date` headers): for a page's own script, such as a demo clock. */
export { hostNow, hostNowText } from '../src/data/host-clock.js';
export {
  createFormat,
  en,
  loadMessages,
  messagesFor,
  registerMessages,
  type CalendarWords,
  type ClockWords,
  type Format,
  type Messages,
  type PartialMessages,
} from '../src/messages/index.js';
