/**
 * `partnership-kit/core`: the contract and the governance-rules core. Pure
 * TypeScript with no DOM, so a portal's server enforces exactly the rules the
 * widgets show.
 */
export * from './contract/index.js';
export * from './rules/index.js';
