/**
 * A seat is named in its own group: two groups may each have a seat of one
 * id, with different labels, and a partner's seats are numbered among their
 * own group's ("Primary 2"), not among the first group's of that id.
 */
import { expect } from '@open-wc/testing';
import { rosterWarnings, seatLabel } from '../../../src/english.js';
import { en } from '../../../src/messages/en.js';
import { namesIn, namesInGroup, seatName } from '../../../src/messages/names.js';
import { MEETING_DAY, parsed, sharedSeatIdsInput } from '../../fixtures/documents.js';

const doc = parsed(sharedSeatIdsInput());
const [forum, board] = doc.groups;
const names = namesIn(doc, en);

describe('names of seats that share an id across groups', () => {
  it("names.seat with a group names that group's seat", () => {
    expect(names.seat('chair', 'board')).to.equal('Board chair');
    expect(names.seat('chair', 'forum')).to.equal('Forum chair');
    expect(names.seat('spare', 'board')).to.equal('Board spare');
  });

  it('names.seat of a Seat names that very seat', () => {
    expect(names.seat(board!.seats[0]!)).to.equal('Board chair');
    expect(names.seat(forum!.seats[0]!)).to.equal('Forum chair');
  });

  it("numbers a partner's seats among the seat's own group, not the first group's of that id", () => {
    expect(seatName(doc, board!.seats[2]!, en.roles)).to.equal('Primary 2');
    expect(names.seat('primary-2', 'board')).to.equal('Primary 2');
    expect(names.seat(board!.seats[2]!)).to.equal('Primary 2');
    expect(names.seat(forum!.seats[1]!)).to.equal('Primary');
  });

  it("an id alone names the first group's seat; one the group lacks, the seat that has it elsewhere", () => {
    expect(names.seat('chair')).to.equal('Forum chair');
    expect(names.seat('primary-1', 'forum')).to.equal('Primary 1');
    expect(names.seat('nowhere', 'board')).to.equal('nowhere');
  });

  it('namesInGroup names a seat given by id in its group, and everything else as names does', () => {
    const inBoard = namesInGroup(names, 'board');
    expect(inBoard.seat('chair')).to.equal('Board chair');
    expect(inBoard.seat('chair', 'forum')).to.equal('Forum chair');
    expect(inBoard.person('bella')).to.equal('Bella');
    expect(inBoard.group('board')).to.equal('Board');
  });

  it("a copy of a seat (structuredClone, a re-parse) is named in the group whose seat it copies, not the first group's", () => {
    const copied = structuredClone(board!.seats[2]!);
    const reparsed = parsed(JSON.parse(JSON.stringify(sharedSeatIdsInput()))).groups[1]!.seats[2]!;
    expect(seatName(doc, copied, en.roles)).to.equal('Primary 2');
    expect(seatName(doc, reparsed, en.roles)).to.equal('Primary 2');
    expect(names.seat(copied)).to.equal('Primary 2');
    expect(seatLabel(doc, copied)).to.equal('Primary 2');
    expect(seatName(doc, structuredClone(forum!.seats[1]!), en.roles)).to.equal('Primary');
  });

  it('a copy changed since (its holder, say) is named in the group given, else in a group whose seat has its partner', () => {
    const changed = { ...board!.seats[2]!, holder: 'someone-new' };
    expect(seatName(doc, changed, en.roles, 'board')).to.equal('Primary 2');
    expect(names.seat(changed, 'board')).to.equal('Primary 2');
    expect(namesInGroup(names, 'board').seat(changed)).to.equal('Primary 2');
    expect(seatName(doc, { ...changed, partner: 'council' }, en.roles)).to.equal('Council');
  });

  it('the English messages of the core name the seats of the group they are about', () => {
    const vacant = rosterWarnings(doc, 'board', MEETING_DAY).find((w) => w.code === 'vacant');
    expect(vacant?.message).to.contain('Board spare');
  });
});
