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

/** The ASCII whitespace HTML itself trims from a token (space, tab, line feed, form feed, carriage return). */
const ASCII_SPACES = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

/**
 * An id attribute (`group`, `proposal`, `voter`, …): its value with the spaces around it taken off, or `undefined`
 * once removed. No id has a space in it (the contract's ids are letters, digits and `. _ : -`), and a template
 * writes one easily (`voter="{{ id }} "`, a line break before the closing quote): read as part of the id, the
 * member was told the partnership has no one of that id. A no-break space is not ASCII whitespace and stays, for
 * the element to name as the document's check does.
 */
export const idText: ComplexAttributeConverter<string | undefined> = {
  fromAttribute: (value) => value?.replace(ASCII_SPACES, '') ?? undefined,
};
