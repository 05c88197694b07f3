/**
 * How the elements read their attributes. Lit gives the property of a removed attribute `null`, which the
 * properties' types do not admit: a host's `if (panel.voter === undefined)` would take a member whose `voter`
 * was just removed as still signed in. A removed attribute reads as one never set: `undefined` here, and a
 * property's default with Lit's own `useDefault`.
 */
import type { ComplexAttributeConverter } from 'lit';

/** A text attribute: its value, or `undefined` once removed. */
export const optionalText: ComplexAttributeConverter<string | undefined> = {
  fromAttribute: (value) => value ?? undefined,
};
