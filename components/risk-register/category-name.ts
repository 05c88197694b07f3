/**
 * A category's name on the page, and the categories that miss their appetite only by letter case. Categories
 * match their appetite exactly, as docs/contract-notes.md says: a category differing from an appetite's key only
 * in case is another category, with no appetite, and shown alike the two would read as one judged two ways.
 */
import type { RiskScale } from '../../src/contract/index.js';
import type { Messages } from '../../src/messages/index.js';

/**
 * Each category as a heading writes it ("Financial"), or as the document writes it where another category would
 * then read the same, so no two filter options or cells look alike.
 */
export function categoryNamer(t: Messages['risk'], categories: Iterable<string>): (category: string) => string {
  const byName = new Map<string, Set<string>>();
  for (const category of categories) {
    const name = t.category(category);
    byName.set(name, (byName.get(name) ?? new Set()).add(category));
  }
  return (category) => {
    const name = t.category(category);
    return (byName.get(name)?.size ?? 0) > 1 ? category : name;
  };
}

/** Each category with no appetite of its own whose letters, case aside, are an appetite's key: [category, key]. */
export function caseOnlyMatches(scale: RiskScale, categories: Iterable<string>): [string, string][] {
  const keys = Object.keys(scale.appetite);
  return [...new Set(categories)].flatMap((category) => {
    if (Object.hasOwn(scale.appetite, category)) return [];
    const key = keys.find((k) => k.toLowerCase() === category.toLowerCase());
    return key === undefined ? [] : [[category, key] as [string, string]];
  });
}
