// The vote page on a phone: the vote panel and the quorum stack in one column, and the space between them is the
// space between the quorum and the actions under it. Each kept its own margins inside the grid, and the grid's gap
// was added to them: 7rem (133 px) of blank page after the vote, where a reader scrolling could think it ended. On a
// desktop, side by side, nothing changes.
import { expect } from '@open-wc/testing';
import { pageInFrame } from '../fixtures/demo-frame.js';

/** The host's page builder (plain JavaScript, for Node), loaded as the browser loads any module. */
const PAGES = '/demo/host/pages.js';

type VotePage = (document: unknown, options: Record<string, unknown>) => string;

async function votePageAt(width: number): Promise<Document> {
  const { votePage } = (await import(PAGES)) as { votePage: VotePage };
  const document = await (await fetch('/demo/data/sutton.json')).json();
  const proposal = document.proposals.find((p: { meeting?: string }) => p.meeting);
  const page = votePage(document, { personId: 'p-elg-chair', proposal, open: true, today: '2019-12-10', clerk: true });
  return pageInFrame(`/__respond?type=${encodeURIComponent('text/html')}&body=${encodeURIComponent(page)}`, width, 800);
}

/** The blank space between the bottom of `above` and the top of `below`, in px. */
const between = (above: Element, below: Element) =>
  Math.round(below.getBoundingClientRect().top - above.getBoundingClientRect().bottom);

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

it('on a phone, the vote and the quorum are as far apart as the quorum and the actions', async () => {
  const page = await votePageAt(375);
  const [vote, quorum] = [...page.querySelectorAll('.grid > .widget')];
  const actions = page.querySelector('section.widget')!;
  expect(vote!.getBoundingClientRect().left, 'stacked').to.equal(quorum!.getBoundingClientRect().left);
  expect(between(vote!, quorum!)).to.equal(between(quorum!, actions));
});

it('on a desktop, the vote and the quorum side by side, the actions as far below as before', async () => {
  const page = await votePageAt(1280);
  const [vote, quorum] = [...page.querySelectorAll('.grid > .widget')];
  const actions = page.querySelector('section.widget')!;
  expect(vote!.getBoundingClientRect().top, 'side by side').to.equal(quorum!.getBoundingClientRect().top);
  const rem = parseFloat(getComputedStyle(page.documentElement).fontSize);
  // The taller of the two, then the widget's 3rem under it and the section's 2rem above it.
  const lower = [vote!, quorum!].reduce((a, b) =>
    a.getBoundingClientRect().bottom > b.getBoundingClientRect().bottom ? a : b,
  );
  expect(between(lower, actions)).to.equal(5 * rem);
});
