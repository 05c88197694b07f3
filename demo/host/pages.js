// The host's own pages: sign-in and the live vote page. They are built on the
// server from the live document, so every value from it is escaped.
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe to put in HTML content or a quoted attribute. */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * A demo page around `body`: the portal's header, the language switch and the
 * kit. `kit: false` leaves the kit out (a page with no element); `comment` is
 * put after the doctype (a generated page says where it comes from).
 */
export function layout(title, body, { kit = true, comment, script } = {}) {
  return `<!doctype html>${comment ? `\n<!-- ${escapeHtml(comment)} -->` : ''}
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/demo/demo.css">
<script type="module" src="/demo/language-switch.js"></script>
<script type="module" src="/demo/offline-pages.js"></script>${
    kit ? '\n<script type="module" src="/dist/partnership-kit.js"></script>' : ''
  }${script ? `\n<script type="module" src="${escapeHtml(script)}"></script>` : ''}
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><a href="/">partnership-kit demo portal</a>
<nav class="language-switch" aria-label="Language of the widgets / Iaith y teclynnau"><button type="button" value="en" lang="en">English</button> <button type="button" value="cy" lang="cy">Cymraeg</button></nav></header>
<main id="main" tabindex="-1">
${body}
</main>
</body>
</html>
`;
}

/** A demo page's title: what it is, then the demo's name. */
export const demoTitle = (what) => `${what} – partnership-kit demo`;

/** "Head of Oak Primary, Oak Primary School"; a title that is the name, or starts "name,", says it once (as the roster does). */
function personWithTitle({ name, title }) {
  if (!title || title === name) return name;
  return title.startsWith(`${name},`) ? title : `${name}, ${title}`;
}

/** The sign-in form's one error: nobody chosen. GOV.UK's words for a radio question left unanswered. */
const CHOOSE_PERSON = 'Select who you are';

/**
 * The sign-in page. With `error` (a POST that chose nobody, or someone not in
 * the document), the page again in GOV.UK's error pattern: "Error:" in the
 * title, an error summary linking to the first choice, and the message in the
 * fieldset, which it describes.
 */
export function signInPage(document, signedIn, { error = false } = {}) {
  const people = document.people ?? [];
  const options = people
    .map(
      (person) =>
        `<div class="choice"><input type="radio" name="person" id="p-${escapeHtml(person.id)}" value="${escapeHtml(person.id)}"${person.id === signedIn ? ' checked' : ''}>
<label for="p-${escapeHtml(person.id)}">${escapeHtml(personWithTitle(person))}</label></div>`,
    )
    .join('\n');
  const first = people[0] ? `#p-${escapeHtml(people[0].id)}` : '#person';
  const summary = error
    ? `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
<h2 id="error-summary-title">There is a problem</h2>
<ul class="error-summary__list"><li><a href="${first}">${CHOOSE_PERSON}</a></li></ul>
</div>
`
    : '';
  const message = error
    ? `<p id="person-error" class="error-message"><span class="visually-hidden">Error:</span> ${CHOOSE_PERSON}</p>\n`
    : '';
  return layout(
    demoTitle(`${error ? 'Error: ' : ''}Sign in`),
    `${summary}<h1>Sign in to the ${escapeHtml(document.partnership?.name ?? 'partnership')} portal</h1>
<p class="lede">This demo has no passwords: choose who you are. The portal then sets a session cookie, and the kit votes as that person.</p>
<form method="post" action="/sign-in" novalidate>
<fieldset id="person"${error ? ' class="fieldset--error" aria-describedby="person-error"' : ''}><legend>Who are you?</legend>
${message}${options}
</fieldset>
<button type="submit" class="button">Sign in</button>
</form>`,
    { script: '/demo/forget-saved-documents.js' },
  );
}

/**
 * What the vote panel shows until the kit has arrived and drawn it (the element's own children, which its
 * shadow root then hides): on a phone over mobile data the kit takes seconds, and a blank space says nothing.
 * demo.css keeps the room the panel will take, as the kit's `--pk-loading-min-height` does once it loads.
 */
const PENDING = '<p class="kit-pending">Loading the vote…</p>';

/**
 * The live page: the vote, the meeting's quorum (the clerk or chair records
 * attendance in it), and the actions the signed-in person may update. `today`
 * is the host's date (a demo's, under DEMO_NOW); `now`, a demo clock's time
 * when the page was made, for the elements that take one (the quorum
 * indicator shows who is in the room then), and `written`, the host's real
 * clock then (ms), so that a copy of the page reloaded later with no
 * connection runs its clock on from then (demo/page-clock.js); `clerk`,
 * whether the core's mayRecordAttendance lets the person record the
 * meeting's attendance.
 */
export function votePage(document, { personId, proposal, open = true, today, now, written, clerk }) {
  const person = (document.people ?? []).find((p) => p.id === personId);
  const you = escapeHtml(personId);
  const date = escapeHtml(today);
  const moment = now ? ` now="${escapeHtml(now)}"` : '';
  const meeting = proposal?.meeting
    ? `<quorum-indicator src="/api/partnership" meeting="${escapeHtml(proposal.meeting)}"${moment}${
        clerk ? ` editable clerk="${you}" endpoint="/api/attendance"` : ''
      }></quorum-indicator>`
    : '';
  const closed = open ? '' : '<p>No proposal is open for votes now. This is the one decided most recently.</p>';
  const panel = proposal
    ? `${closed}<vote-panel src="/api/partnership" proposal="${escapeHtml(proposal.id)}" voter="${you}" endpoint="/api/votes" today="${date}"${moment}>${PENDING}</vote-panel>`
    : '<p>No proposal is open for votes in this document.</p>';
  const actions = `<action-tracker heading-level="3" src="/api/partnership" editable editor="${you}" endpoint="/api/actions" today="${date}"${
    clerk ? ` group="${escapeHtml(proposal.group)}"` : ` owner="${you}"`
  }></action-tracker>`;
  // The demo clock's moment and the host's real clock when the page was made: page-clock.js runs the page on.
  const clock =
    now && written !== undefined
      ? `<div hidden id="demo-clock" data-now="${escapeHtml(now)}" data-written="${escapeHtml(new Date(written).toISOString())}"></div>\n`
      : '';
  return layout(
    demoTitle('Vote'),
    `${clock}<h1>Vote</h1>
<form class="lede" method="post" action="/sign-out">
  Signed in as ${escapeHtml(person?.name ?? personId)}. <a href="/sign-in">Sign in as someone else</a>, or
  <button type="submit" class="link-button">sign out</button>.
</form>
<div class="grid">
<div class="widget">${panel}</div>
<div class="widget">${meeting}</div>
</div>
<section class="widget" aria-labelledby="actions-heading">
<h2 id="actions-heading">${clerk ? 'The group’s actions' : 'Your actions'}</h2>
${actions}
</section>`,
    clock ? { script: '/demo/page-clock.js' } : {},
  );
}

/**
 * The page a person gets when the host cannot answer one of its pages (its store is down, most often: a
 * session is read from it): GOV.UK's "Sorry, there is a problem with the service", in words, never the API's
 * JSON. What they cast is safe: a vote saved on their device waits there and is sent once the service is back.
 */
export function problemPage() {
  return layout(
    demoTitle('Sorry, there is a problem with the service'),
    `<h1>Sorry, there is a problem with the service</h1>
<p class="lede">Try again in a few minutes.</p>
<p>What you voted or recorded before this is safe. Anything the service had not yet stored is kept on your device, and sent when you open the page again once the service is back.</p>`,
    { kit: false },
  );
}
