// The sign-in page: what this device still holds for people who signed out (or whose session ended) before it
// was sent. The kit keeps a queued vote for its owner and sends it only under their session, so until they sign
// in again it would be on no screen; here it is listed by person and kind, never by what was chosen. Only this
// page's partnership's: the device is the site's, and on a site with several partnerships it holds theirs too.
// demo/language-switch.js says each line in the page's language as it is added.
import { waitingOnThisDevice } from '/dist/partnership-kit.js';
import { demoWords } from './words.js';

/** The demo's words for each kind of record the kit sends. */
const KIND_WORDS = {
  vote: 'signIn.waitingVotes',
  attendance: 'signIn.waitingAttendance',
  'action-status': 'signIn.waitingActions',
};

/** A person's name as the page lists them, or their id where this partnership has no such person. */
function nameOf(personId) {
  const choice = [...document.querySelectorAll('input[name="person"]')].find((input) => input.value === personId);
  return choice?.dataset.name ?? personId;
}

/**
 * Whether `record` may be the page's partnership's (the banner's `data-partnership`, its document's
 * `partnership.id`): kept with it, or by an earlier kit that kept no partnership, which cannot be told apart and is
 * listed rather than hidden while it waits.
 */
function ofThisPartnership(record, partnership) {
  return partnership === undefined || record.partnership === undefined || record.partnership === partnership;
}

/** How many of each kind each person has waiting, in the order first made. */
function countsByPerson(records) {
  const counts = new Map();
  for (const { by, kind } of records) {
    const key = JSON.stringify([by, kind]);
    counts.set(key, { by, kind, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  return [...counts.values()];
}

function line({ by, kind, count }) {
  const item = document.createElement('li');
  const values = { name: nameOf(by), count: String(count) };
  item.dataset.words = KIND_WORDS[kind];
  item.dataset.wordsName = values.name;
  item.dataset.wordsCount = values.count;
  item.textContent = demoWords(document.documentElement.lang.startsWith('cy') ? 'cy' : 'en', KIND_WORDS[kind], values);
  return item;
}

async function showWaiting() {
  const banner = document.getElementById('waiting');
  const list = document.getElementById('waiting-list');
  if (!banner || !list) return;
  const { partnership } = banner.dataset;
  const records = (await waitingOnThisDevice()).filter(
    (record) => record.kind in KIND_WORDS && ofThisPartnership(record, partnership),
  );
  const waiting = countsByPerson(records);
  list.replaceChildren(...waiting.map(line));
  banner.hidden = waiting.length === 0;
}

showWaiting();
