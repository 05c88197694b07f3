/**
 * The one time zone the partnerships work in, Europe/London: the contract's
 * own (src/contract/london-time.ts), which its cross-record checks date a
 * proposal's `closes` by, as the rules do.
 */
export { inRepeatedHour, lastSundayOneAm, londonDate, londonOffset, onLondonDate } from '../contract/london-time.js';
