/**
 * A seat id is unique only within its group (contract "Identifiers"): two
 * groups may each have a seat "chair", held by different people. Who held a
 * seat is read in the group the caller names, not in the first group that has
 * a seat of that id.
 */
import { expect } from '@open-wc/testing';
import { appointmentOn } from '../../../src/rules/appointments.js';
import { groupOfSeat, seatInGroup } from '../../../src/rules/indexes.js';
import { MEETING_DAY, parsed, sharedSeatIdsInput } from '../../fixtures/documents.js';

const doc = parsed(sharedSeatIdsInput());
const [forum, board] = doc.groups;

describe('seats of two groups with the same id', () => {
  it("appointmentOn with a group reads that group's seat", () => {
    expect(appointmentOn(doc, 'chair', MEETING_DAY, 'board')).to.include({ holder: 'bella', proxy: 'bob' });
    expect(appointmentOn(doc, 'chair', MEETING_DAY, 'forum')).to.include({ holder: 'fiona', proxy: null });
    expect(appointmentOn(doc, 'primary-2', MEETING_DAY, 'board').holder).to.equal('polly');
  });

  it("appointmentOn without a group reads the first group's seat, as the contract's signature has it", () => {
    expect(appointmentOn(doc, 'chair', MEETING_DAY).holder).to.equal('fiona');
  });

  it('appointmentOn finds none for a group without the seat, or a group the document lacks', () => {
    expect(appointmentOn(doc, 'primary-1', MEETING_DAY, 'forum').holder).to.equal(null);
    expect(appointmentOn(doc, 'chair', MEETING_DAY, 'nowhere').holder).to.equal(null);
  });

  it('seatInGroup and groupOfSeat tell the two seats apart', () => {
    expect(seatInGroup(doc, 'board', 'chair')).to.equal(board!.seats[0]);
    expect(seatInGroup(doc, 'forum', 'chair')).to.equal(forum!.seats[0]);
    expect(groupOfSeat(doc, board!.seats[0]!)).to.equal(board);
    expect(groupOfSeat(doc, forum!.seats[0]!)).to.equal(forum);
    expect(groupOfSeat(doc, { ...board!.seats[0]! })).to.equal(undefined);
  });
});
