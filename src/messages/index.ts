/**
 * The kit's words: one messages module per language, and the registry the
 * elements read them from. Welsh (`./cy.js`) is not re-exported: the registry
 * loads it when a page first asks for it, so an English page never downloads it.
 */
export { en, type Messages, type RefusedField } from './en.js';
export { enCore } from './en-core.js';
export { createFormat, type CalendarWords, type ClockWords, type Format, type PluralForms } from './format.js';
export { namesIn, namesInGroup, namesForProposal, seatName, type Names, type RoleWords } from './names.js';
export {
  languagePending,
  loadMessages,
  messagesFor,
  onMessagesChange,
  registerMessages,
  type MessagesPatch,
  type PartialMessages,
} from './registry.js';
export { explainProblem, explainReason, explainRefusal, explainWarning, type CoreWords } from './explain.js';
