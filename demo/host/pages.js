// The host's own pages: sign-in, the live vote page, and those for a problem and for a page not found. They are built on the
// server from the live document, so every value from it is escaped.
import { demoWords } from '../words.js';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe to put in HTML content or a quoted attribute. */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** `data-` attributes of `values` ({ partnership: 'Sutton' } → ` data-words-partnership="Sutton"`), escaped. */
function wordValues(values) {
  return Object.entries(values)
    .map(([name, value]) => ` data-words-${name}="${escapeHtml(value)}"`)
    .join('');
}

/**
 * The demo's own words for `key` in a `tag`, written in English and marked with the key (and the values the words
 * take) so that the host (page-language.js) and demo/language-switch.js can say them in Welsh; `attrs`, the
 * element's other attributes.
 */
export function said(tag, key, values = {}, attrs = '') {
  return `<${tag} data-words="${escapeHtml(key)}"${wordValues(values)}${attrs}>${escapeHtml(demoWords('en', key, values))}</${tag}>`;
}

/** The script by which the host's own pages tell the site's other tabs that the member signed in changed. */
const SESSION_TABS = '/demo/session-tabs.js';

/**
 * A demo page around `body`: the portal's header, the language switch and the
 * kit. `kit: false` leaves the kit out (a page with no element); `comment` is
 * put after the doctype (a generated page says where it comes from); `sessionTabs`, the page is about who is
 * signed in, and tells the site's other tabs when that changes (demo/session-tabs.js);
 * `script`, a module of the page's own, or a list of them; `titleWords`, the title's key in the demo's words (with `titleValues`, the
 * values they take), so that the tab's title is said in Welsh as the page is.
 */
export function layout(title, body, { kit = true, comment, script, titleWords, titleValues, sessionTabs } = {}) {
  return `<!doctype html>${comment ? `\n<!-- ${escapeHtml(comment)} -->` : ''}
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${titleWords ? said('title', titleWords, titleValues) : `<title>${escapeHtml(title)}</title>`}
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/demo/demo.css">
${
  // First, ahead of the kit, which takes a phone a while to load: the other tabs are told, and listen, at once.
  sessionTabs ? `<script type="module" src="${SESSION_TABS}"></script>\n` : ''
}<script type="module" src="/demo/language-switch.js"></script>
<script type="module" src="/demo/offline-pages.js"></script>${
    kit ? '\n<script type="module" src="/dist/partnership-kit.js"></script>' : ''
  }${[script ?? []]
    .flat()
    .map((src) => `\n<script type="module" src="${escapeHtml(src)}"></script>`)
    .join('')}
</head>
<body>
${said('a', 'skipLink', {}, ' class="skip-link" href="#main"')}
<header class="site-header">${said('a', 'portal', {}, ' href="/"')}
<nav class="language-switch" aria-label="Language / Iaith"><button type="button" value="en" lang="en">English</button> <button type="button" value="cy" lang="cy">Cymraeg</button></nav></header>
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

/**
 * Under a person's post on the sign-in page, what the vote page will let them do (`records` the meeting's
 * attendance, `votes` on the open proposal), each on a line of its own; nothing for a post that may do neither. In
 * the label, so that a screen reader hears it with the post, as the eye reads it.
 */
function whatTheyMayDo({ records = false, votes = false } = {}) {
  const hint = (key) => said('span', key, {}, ' class="choice__hint"');
  return `${records ? hint('signIn.records') : ''}${votes ? hint('signIn.votes') : ''}`;
}

/**
 * Where the sign-in page lists what this device still holds for people who signed out before it was sent
 * (demo/waiting-on-this-device.js fills it in and shows it): GOV.UK's notification banner. It names the page's
 * partnership (`partnership.id`): the device is the site's, and may hold another partnership's records too.
 */
function waitingBanner(partnership) {
  const mark = partnership === undefined ? '' : ` data-partnership="${escapeHtml(partnership)}"`;
  return `<div class="notification-banner" id="waiting" role="region" aria-labelledby="waiting-title"${mark} hidden>
${said('h2', 'signIn.waitingTitle', {}, ' id="waiting-title" class="notification-banner__title"')}
${said('p', 'signIn.waitingLede')}
<ul id="waiting-list"></ul>
</div>`;
}

/**
 * What a page says when the sign-in or sign-out sent from it never reached the host (the device had no
 * connection): shown by demo/session-tabs.js on the copy the service worker kept, whose address it marks with
 * `not-sent` (`form`, the form's path without its slash). GOV.UK's notification banner, as an alert: the member
 * expected another page, and must hear at once that nothing changed.
 */
function notSentBanner(form, [title, ...paragraphs]) {
  return `<div class="notification-banner" id="not-sent" role="alert" aria-labelledby="not-sent-title" tabindex="-1" data-form="${form}" hidden>
${said('h2', title, {}, ' id="not-sent-title" class="notification-banner__title"')}
${paragraphs.map((key) => said('p', key)).join('\n')}
</div>`;
}

/**
 * The sign-in page. With `error` (a POST that chose nobody, or someone not in
 * the document), the page again in GOV.UK's error pattern: "Error:" in the
 * title, an error summary linking to the first choice, and the message in the
 * fieldset, which it describes.
 */
export function signInPage(document, signedIn, { error = false, hints = new Map() } = {}) {
  const people = document.people ?? [];
  const options = people
    .map(
      (person) =>
        `<div class="choice"><input type="radio" name="person" id="p-${escapeHtml(person.id)}" value="${escapeHtml(person.id)}" data-name="${escapeHtml(person.name)}"${person.id === signedIn ? ' checked' : ''}>
<label for="p-${escapeHtml(person.id)}">${escapeHtml(personWithTitle(person))}${whatTheyMayDo(hints.get(person.id))}</label></div>`,
    )
    .join('\n');
  const first = people[0] ? `#p-${escapeHtml(people[0].id)}` : '#person';
  const summary = error
    ? `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
${said('h2', 'signIn.problem', {}, ' id="error-summary-title"')}
<ul class="error-summary__list"><li>${said('a', 'signIn.choose', {}, ` href="${first}"`)}</li></ul>
</div>
`
    : '';
  const message = error
    ? `<p id="person-error" class="error-message">${said('span', 'signIn.error', {}, ' class="visually-hidden"')} ${said('span', 'signIn.choose')}</p>\n`
    : '';
  const partnership = document.partnership?.name ?? 'partnership';
  return layout(
    demoTitle(`${error ? 'Error: ' : ''}Sign in`),
    `${summary}${said('h1', 'signIn.heading', { partnership })}
${said('p', 'signIn.lede', {}, ' class="lede"')}
${notSentBanner('sign-in', ['signIn.notSentTitle', 'signIn.notSent'])}
${waitingBanner(document.partnership?.id)}
<form method="post" action="/sign-in" novalidate>
<fieldset id="person"${error ? ' class="fieldset--error" aria-describedby="person-error"' : ''}>${said('legend', 'signIn.who', {}, ' class="fieldset__legend--l"')}
${message}${options}
</fieldset>
${said('button', 'signIn.button', {}, ' type="submit" class="button"')}
</form>`,
    {
      script: ['/demo/forget-saved-documents.js', '/demo/waiting-on-this-device.js'],
      titleWords: error ? 'signIn.errorTitle' : 'signIn.title',
      sessionTabs: true,
    },
  );
}

/**
 * What the vote panel shows until the kit has arrived and drawn it (the element's own children, which its
 * shadow root then hides): on a phone over mobile data the kit takes seconds, and a blank space says nothing.
 * demo.css keeps the room the panel will take, as the kit's `--pk-loading-min-height` does once it loads.
 */
const PENDING = said('p', 'vote.loading', {}, ' class="kit-pending"');

/**
 * The live page: the vote, the meeting's quorum (the clerk or chair records
 * attendance in it), and the actions the signed-in person may update. `today`
 * is the host's date when its clock is not the real one (a demo's, under
 * DEMO_NOW); on the real clock none is written, and the elements follow the
 * date past midnight (a `today` written then dated a vote cast at 00:01 on
 * the day before). `now`, a demo clock's time
 * when the page was made, for the elements that take one (the quorum
 * indicator shows who is in the room then, and each element dates the
 * changes made in it by it), and `written`, the host's real
 * clock then (ms), so that a copy of the page reloaded later with no
 * connection runs its clock on from then (demo/page-clock.js); `clerk`,
 * whether the core's mayRecordAttendance lets the person record the
 * meeting's attendance.
 */
export function votePage(document, { personId, proposal, open = true, today, now, written, clerk }) {
  const person = (document.people ?? []).find((p) => p.id === personId);
  const you = escapeHtml(personId);
  const date = today ? ` today="${escapeHtml(today)}"` : '';
  const moment = now ? ` now="${escapeHtml(now)}"` : '';
  const meeting = proposal?.meeting
    ? `<quorum-indicator src="/api/partnership" meeting="${escapeHtml(proposal.meeting)}"${moment}${
        clerk ? ` editable clerk="${you}" endpoint="/api/attendance"` : ''
      }></quorum-indicator>`
    : '';
  const closed = open ? '' : said('p', 'vote.decided');
  const panel = proposal
    ? `${closed}<vote-panel src="/api/partnership" proposal="${escapeHtml(proposal.id)}" voter="${you}" endpoint="/api/votes"${date}${moment}>${PENDING}</vote-panel>`
    : said('p', 'vote.none');
  const actions = `<action-tracker heading-level="3" src="/api/partnership" editable editor="${you}" endpoint="/api/actions"${date}${moment}${
    clerk ? ` group="${escapeHtml(proposal.group)}"` : ` owner="${you}"`
  }></action-tracker>`;
  // The demo clock's moment and the host's real clock when the page was made: page-clock.js runs the page on.
  const clock =
    now && written !== undefined
      ? `<div hidden id="demo-clock" data-now="${escapeHtml(now)}" data-written="${escapeHtml(new Date(written).toISOString())}"></div>\n`
      : '';
  return layout(
    demoTitle('Vote'),
    `${clock}${said('h1', 'vote.heading')}
${notSentBanner('sign-out', ['vote.notSentTitle', 'vote.notSent', 'vote.notSentWhat'])}
<form class="lede" method="post" action="/sign-out">
  ${said('span', 'vote.signedInAs', { name: person?.name ?? personId })} ${said('a', 'vote.someoneElse', {}, ' href="/sign-in"')}${said('span', 'vote.or')}
  ${said('button', 'vote.signOut', {}, ' type="submit" class="link-button"')}.
</form>
<div class="grid grid--widgets">
<div class="widget">${panel}</div>
<div class="widget">${meeting}</div>
</div>
<section class="widget" aria-labelledby="actions-heading">
${said('h2', clerk ? 'vote.groupActions' : 'vote.yourActions', {}, ' id="actions-heading"')}
${actions}
</section>`,
    { titleWords: 'vote.title', sessionTabs: true, ...(clock ? { script: '/demo/page-clock.js' } : {}) },
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
    `${said('h1', 'problem.heading')}
${said('p', 'problem.tryAgain', {}, ' class="lede"')}
${said('p', 'problem.safe')}`,
    { kit: false, titleWords: 'problem.title' },
  );
}

/**
 * The page at an address the portal has no page at: GOV.UK's "Page not found", in the portal's own page (its
 * header, its switch, the reader's language), with a way back to the start. It was the bare text "Not found".
 */
export function notFoundPage() {
  return layout(
    demoTitle('Page not found'),
    `${said('h1', 'notFound.heading')}
${said('p', 'notFound.typed')}
${said('p', 'notFound.pasted')}
<p>${said('a', 'notFound.startPage', {}, ' href="/"')}</p>`,
    { kit: false, titleWords: 'notFound.title' },
  );
}
