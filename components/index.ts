/**
 * Every partnership-kit element, registered. One script tag gives a page all
 * of them; defining twice (the script included twice on a CMS page) is harmless.
 */
export { PartnershipData } from './partnership-data/partnership-data.js';
export { PartnershipRoster } from './partnership-roster/partnership-roster.js';
export { QuorumIndicator } from './quorum-indicator/quorum-indicator.js';
export { VotePanel, type VoteEventDetail } from './vote-panel/vote-panel.js';
export { RiskRegister } from './risk-register/risk-register.js';
export { ActionTracker } from './action-tracker/action-tracker.js';
export type { PartnershipErrorDetail } from './internal/document-controller.js';
export {
  createFormat,
  en,
  registerMessages,
  type ClockWords,
  type Format,
  type Messages,
  type PartialMessages,
} from '../src/messages/index.js';
