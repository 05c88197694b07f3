/**
 * A partnership `factor` times the size of a real one: the Sutton document
 * with its groups, people, meetings, proposals, votes, risks and actions
 * copied `factor` times under new ids. Every copy keeps the contract.
 */
type Json = Record<string, unknown> & { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

const suffix = (id: string, copy: number) => (copy === 0 ? id : `${id}.x${copy}`);

export function scaleDocument(base: Json, factor: number): Json {
  const copies = Array.from({ length: factor }, (_, copy) => copy);
  const ids = (list: Json[], copy: number, fields: string[]) =>
    list.map((record) => {
      const next: Json = structuredClone(record);
      for (const field of fields) if (typeof next[field] === 'string') next[field] = suffix(next[field], copy);
      return next;
    });
  return {
    ...base,
    people: copies.flatMap((c) => ids(base.people, c, ['id'])),
    groups: copies.flatMap((c) =>
      base.groups.map((group: Json) => ({
        ...ids([group], c, ['id', 'reportsTo'])[0],
        seats: group.seats.map((seat: Json) => ids([seat], c, ['id', 'holder', 'proxy'])[0]),
      })),
    ),
    meetings: copies.flatMap((c) =>
      base.meetings.map((meeting: Json) => {
        const [next] = ids([meeting], c, ['id', 'group']);
        next!.attendance = Object.fromEntries(
          Object.entries(meeting.attendance ?? {}).map(([seat, value]) => [suffix(seat, c), value]),
        );
        next!.guests = (meeting.guests ?? []).map((guest: string) => suffix(guest, c));
        return next;
      }),
    ),
    proposals: copies.flatMap((c) =>
      ids(base.proposals, c, ['id', 'group', 'meeting', 'from', 'ruleAgreedUnanimously']),
    ),
    votes: copies.flatMap((c) => ids(base.votes, c, ['id', 'proposal', 'seat', 'by'])),
    risks: copies.flatMap((c) => ids(base.risks, c, ['id', 'group', 'owner'])),
    actions: copies.flatMap((c) => ids(base.actions, c, ['id', 'owner', 'group', 'meeting', 'proposal'])),
  };
}
