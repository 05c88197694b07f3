/** The kit's words: one messages module per language, and the registry the elements read them from. */
export { en, enCore, type Messages } from './en.js';
export { cy } from './cy.js';
export { createFormat, type ClockWords, type Format, type PluralForms } from './format.js';
export { namesIn, seatName, type Names, type RoleWords } from './names.js';
export { messagesFor, onMessagesChange, registerMessages, type PartialMessages } from './registry.js';
export { explainProblem, explainReason, explainRefusal, explainWarning, type CoreWords } from './explain.js';
