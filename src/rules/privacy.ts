/**
 * What a host publishes, to whom (contract 1.1 "Privacy"). The host keeps
 * every vote; each viewer is served the document with only the votes they
 * may read, and a published `count` where the count may be shown but the
 * votes behind it may not.
 */
import type { PartnershipDocument, Proposal, Tally, Vote } from '../contract/schema.js';
import { byId } from './indexes.js';
import { openAt, outcome, tieUnderMajority, type Outcome } from './outcome.js';
import { dateTimeArgument } from './moments.js';
import { disclosure } from './own-votes.js';

type Publication = { votes: 'all' | 'own' | 'none'; count: boolean };

/** What one viewer may read of one proposal's votes at `now`. */
function publicationOf(proposal: Proposal, viewer: string | null, now: string): Publication {
  const open = openAt(proposal, now);
  const countHidden = !disclosure(proposal, now).count;
  if (viewer === null && open) return { votes: 'none', count: !countHidden };
  if (countHidden) return { votes: 'own', count: false };
  if (proposal.ballot === 'secret') return { votes: 'own', count: true };
  return { votes: 'all', count: false };
}

/** The count `outcome` reads from the votes, with the chair's casting vote where it breaks the tie. */
function tallyOf(doc: PartnershipDocument, proposal: Proposal): Tally {
  const result = outcome(doc, proposal.id);
  const { for: yes, against, abstain } = result;
  const casting = castingVoteOf(result);
  return casting === undefined ? { for: yes, against, abstain } : { for: yes, against, abstain, casting };
}

/**
 * The chair's seat's counted vote, for or against, where it breaks a tie under simple majority (decides it, or
 * would while voting is open, whatever quorum says by then): a casting vote is given openly, as a minute
 * records it, even on a secret ballot. Without it a published count could not say what the host's record says.
 * Anywhere else the chair's vote is one of the count, and stays as secret as the others.
 */
function castingVoteOf(result: Outcome): Tally['casting'] {
  const chair = result.castingSeat;
  if (!chair || !tieUnderMajority(result.rule, result)) return undefined;
  const choice = result.counted.find((vote) => vote.seat === chair.seat)?.choice;
  return choice === 'abstain' ? undefined : choice;
}

/**
 * The viewer as the document knows them: an id it has no person for reads as the public does. A portal's sign-in
 * answering with its own user id (an email address, a staff number), or a person since taken out of the
 * document, was served the members' view: every vote of an open proposal and each person's `ext`.
 *
 * @example
 * readerOf(doc, 'jo@example.org'); // null, where no person of doc has that id
 */
export function readerOf(doc: PartnershipDocument, viewer: string | null): string | null {
  return viewer !== null && byId(doc.people, viewer) ? viewer : null;
}

function readable(vote: Vote, publication: Publication, viewer: string | null): boolean {
  if (publication.votes === 'all') return true;
  return publication.votes === 'own' && viewer !== null && vote.by === viewer;
}

/**
 * The document as `viewer` (a person id, or null for the public; an id the document has no person for
 * reads as the public: readerOf) may read it
 * at `now`: on an open `after-close` proposal, only the viewer's own votes
 * and no count; on a `secret` one, only their own votes, and the count once
 * it has closed (a count moving while it is open would tell a watcher how
 * each member just voted); for the public, no votes at all on an open
 * proposal (the count when its results are `live` and its ballot recorded),
 * and once it has closed, as for a member; otherwise every vote. A count of
 * a tie the chair's casting vote breaks carries it (`casting`). The
 * public is served no person's `ext`, nor any vote's. A proposal that already carries a `count`
 * keeps it where a count may be shown.
 *
 * @example
 * const served = publishedDocument(doc, signedInPersonId ?? null, new Date().toISOString());
 * response.end(JSON.stringify(served));
 */
export function publishedDocument(doc: PartnershipDocument, viewer: string | null, now: string): PartnershipDocument {
  dateTimeArgument(now, 'now');
  const reader = readerOf(doc, viewer);
  const publications = new Map(doc.proposals.map((p) => [p.id, publicationOf(p, reader, now)]));
  const proposals = doc.proposals.map((proposal) => {
    const publication = publications.get(proposal.id) as Publication;
    const { count: _stored, ...rest } = proposal;
    if (publication.votes === 'all') return proposal;
    if (!publication.count) return rest;
    return { ...rest, count: proposal.count ?? tallyOf(doc, proposal) };
  });
  const votes = doc.votes.filter((vote) => {
    const publication = publications.get(vote.proposal);
    return !publication || readable(vote, publication, reader);
  });
  if (reader !== null) return { ...doc, proposals, votes };
  return { ...doc, proposals, people: doc.people.map(withoutExt), votes: votes.map(withoutExt) };
}

/**
 * A record without the host's own data, as the public is served it. A
 * person's `ext` is where a host keeps what the contract has no field for (an
 * email, a phone), and a vote's is the member's: neither is the public's.
 *
 * @example
 * send(viewer === null ? withoutExt(vote) : vote);
 */
export function withoutExt<T extends { ext?: unknown }>(record: T): T {
  if (record.ext === undefined) return record;
  const { ext: _ext, ...rest } = record;
  return rest as T;
}

/**
 * Whether `viewer` may read `vote` at `now`, as `publishedDocument` decides:
 * what a host's live channel asks before sending one viewer a stored vote.
 *
 * @example
 * if (voteReadable(doc, vote, viewer, now)) send(vote); else send({ changed: vote.proposal });
 */
export function voteReadable(doc: PartnershipDocument, vote: Vote, viewer: string | null, now: string): boolean {
  dateTimeArgument(now, 'now');
  const proposal = byId(doc.proposals, vote.proposal);
  const reader = readerOf(doc, viewer);
  return !proposal || readable(vote, publicationOf(proposal, reader, now), reader);
}

/**
 * Whether what `viewer` reads of a vote's proposal at `now` is a published
 * count rather than the votes: a new vote then moves a count the viewer's
 * page cannot work out from the vote alone, so the page must refetch.
 *
 * @example
 * if (countStandsForVotes(doc, vote.proposal, viewer, now)) send('changed');
 */
export function countStandsForVotes(
  doc: PartnershipDocument,
  proposalId: string,
  viewer: string | null,
  now: string,
): boolean {
  const proposal = byId(doc.proposals, proposalId);
  if (!proposal) return false;
  const publication = publicationOf(proposal, readerOf(doc, viewer), now);
  return publication.count && publication.votes !== 'all';
}
