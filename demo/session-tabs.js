// The host's own pages (sign-in, the vote page) tell the site's other tabs when the person signed in changes, and
// a vote page that hears it lets go of the member it was made for. Signing out in one tab left another showing
// that member's vote page, their own votes in a secret ballot among them, to whoever came to the computer next:
// the host ends a signed-out member's live stream, and has the page fetch the public's view, only at the stream's
// next heartbeat (up to 15 s), and the page still names the member.
//
// A tab tells the others once its sign-in or sign-out is done, on the page the host sent it to: told as the form
// went, another tab could load the page again before the host had ended the session, and get the member's page
// back. A tab that hears it loads its vote page again, once: the host sends the sign-in page (signed out) or the
// new member's page, neither of which tells anyone, so no tab sends another round. What the member left queued
// stays in the kit's outbox on this device, theirs: it is shown, and sent, when they sign in again.
//
// A sign-in or sign-out sent with no connection changed nothing: the service worker sends the tab back to the
// page's kept copy, marked, and the page says so and what to do; it tells no other tab.
const CHANNEL = 'partnership-demo-session';
/** The tab's note, kept across the form's post and the page the host answers with, that it changed the session. */
const CHANGING = 'partnership-demo-session-changing';
/** Older than this, the note is from a post that never landed (the connection failed): not told. */
const LANDS_WITHIN_MS = 30_000;

/** The page names who is signed in: the vote page, with its sign-out form. */
const namesMember = () => document.querySelector('form[action="/sign-out"]') !== null;

function noteSessionChanging() {
  try {
    sessionStorage.setItem(CHANGING, String(Date.now()));
  } catch {
    // Storage blocked: the other tabs are not told, and show the member's page until it is loaded again.
  }
}

/**
 * The mark the service worker puts on this page's address when the sign-in or sign-out sent from it never reached
 * the host (demo/service-worker.js): the form's path without its slash, or null.
 */
const NOT_SENT = 'not-sent';

/**
 * Says, on the copy of the page kept for offline use, that the sign-in or sign-out the member just sent never
 * reached the host, and what to do (the words are the page's, in its language). The mark goes from the address
 * at once: reloaded, the page must not say it again, the member perhaps signed out by then.
 */
function sayIfNotSent() {
  const here = new URL(location.href);
  const form = here.searchParams.get(NOT_SENT);
  if (form === null) return false;
  here.searchParams.delete(NOT_SENT);
  history.replaceState(history.state, '', here);
  const banner = document.getElementById('not-sent');
  if (banner?.dataset.form !== form) return true;
  banner.hidden = false;
  banner.focus();
  return true;
}

/** Whether this page is where this tab's sign-in or sign-out landed; the note is read once. */
function landedFromSessionChange(notSent) {
  try {
    const at = Number(sessionStorage.getItem(CHANGING));
    sessionStorage.removeItem(CHANGING);
    // The sign-in form sent back with its error (nobody chosen) changed nothing; nor did one never sent.
    return Date.now() - at < LANDS_WITHIN_MS && !notSent && !document.querySelector('.error-summary');
  } catch {
    return false;
  }
}

/** Notes each sign-in or sign-out this tab posts, as its form goes. */
function watchSessionForms() {
  document.addEventListener('submit', (event) => {
    if (event.target.matches('form[action="/sign-in"], form[action="/sign-out"]')) noteSessionChanging();
  });
}

const notSent = sayIfNotSent();

if (typeof BroadcastChannel === 'function') {
  const tabs = new BroadcastChannel(CHANNEL);
  // A tab hears only the others: its own post does not come back to it.
  tabs.addEventListener('message', () => {
    if (!namesMember()) return;
    // Gone from the screen now, not once the host has answered the reload.
    document.querySelector('main').hidden = true;
    location.reload();
  });
  if (landedFromSessionChange(notSent)) tabs.postMessage('session-changed');
  watchSessionForms();
}
