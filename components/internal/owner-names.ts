/**
 * People named so that a reader can tell them apart: the contract lets a post be a name, so two people may share one
 * ("Headteacher"). The risk register's owners and the action tracker's and the highlight report's "By whom" are
 * named alike through this.
 */
import type { PartnershipDocument } from '../../src/contract/index.js';
import { personName } from '../../src/rules/index.js';
import { byId } from '../../src/rules/indexes.js';

/** How the page's language tells two people of one name apart: "Head of School (Org One)". */
export type Namesake = (name: string, apart: { organisation: string } | { id: string }) => string;

/**
 * Each person's name, by id, among `ids`: one who shares their name with another of them is told apart by their
 * organisation, or by their id where the organisation does not tell them apart, as `namesake` writes it, so
 * that a filter offers each, and a row, a heading or a line of a CSV says whose.
 */
export function ownerNames(
  document: PartnershipDocument,
  ids: readonly string[],
  namesake: Namesake,
): Map<string, string> {
  const owners = [...new Set(ids)].map((id) => ({
    id,
    name: personName(document, id),
    person: byId(document.people, id),
  }));
  const namesakes = (name: string) => owners.filter((other) => other.name === name);
  return new Map(
    owners.map(({ id, name, person }) => {
      const others = namesakes(name).filter((other) => other.id !== id);
      if (others.length === 0) return [id, name];
      const organisation = person?.organisation?.trim();
      const apart =
        organisation && !others.some((o) => o.person?.organisation?.trim() === organisation)
          ? { organisation }
          : { id };
      return [id, namesake(name, apart)];
    }),
  );
}
