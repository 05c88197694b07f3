/**
 * What an element knows about its document at any moment. Failures are
 * states, not exceptions: each says what went wrong in a way an element can
 * put into words.
 */
import type { JsonSyntaxError, PartnershipDocument, Problem } from '../contract/index.js';
import type { LiveTrouble } from './channel-trouble.js';

/** Why a document could not be shown fresh. */
export type LoadFailure =
  /** `blockedByPolicy`: the page's Content-Security-Policy refused the request (its `connect-src`). */
  | { kind: 'network'; url: string; message: string; blockedByPolicy?: boolean }
  | { kind: 'http'; url: string; status: number; statusText: string }
  /** No answer within `seconds`: the host may be down, or the connection stalled. */
  | { kind: 'timeout'; url: string; seconds: number }
  /**
   * The address is not one a page can fetch a document from: `scheme` is what it starts with (`ftp:`,
   * `javascript:`, `file:`, `mailto:`). A page fetches http:, https:, data: and blob: addresses.
   */
  | { kind: 'not-web-address'; url: string; scheme: string }
  /**
   * The `src` attribute starts or ends with a curly quote (`src=”/data/p.json”`, as a CMS or a word processor
   * writes `"`): HTML takes the quotes as part of the address, which is not fetched. `quote`: the first one found;
   * `address`: the attribute without its curly quotes, as it was meant.
   */
  | { kind: 'curly-quotes'; src: string; quote: string; address: string }
  /**
   * `webPage`: the text is HTML, as when the address is wrong and the site answers with its own
   * "page not found" page (with status 200, as many CMSs do) or a sign-in page. `syntax`: the line and column and
   * the mistake made there; `message` is the parser's own words (English, for a developer). `empty`: an inline
   * `<script type="application/json">` with nothing in it, as a rich-text editor leaves one whose JSON it dropped.
   */
  | { kind: 'not-json'; url?: string; message: string; webPage?: boolean; syntax?: JsonSyntaxError; empty?: boolean }
  /** `problems` lists the first 100 of `total`. */
  | { kind: 'contract'; url?: string; problems: Problem[]; total: number }
  /**
   * The element was given no document: no data, src, inline JSON or provider. `dataWithoutSrc`: it is inside a
   * `<partnership-data>` that has no `src`, as a rich-text editor leaves one whose attributes it dropped.
   * `dataAttribute`: the element has a `data` attribute (its first 40 characters), which is not read: React 18,
   * and other frameworks that set attributes, write a document given as `data={doc}` as "[object Object]".
   * `dataUndefined`: it is inside a `<partnership-data>` that is not defined once the page has loaded: a page
   * loading the element files without `partnership-data.js`. `scriptType`: the element holds a `<script>` whose
   * type is not `application/json` (`application/ld+json`, `text/json`), so its JSON is not read: the type found.
   */
  | {
      kind: 'no-source';
      dataWithoutSrc?: boolean;
      dataAttribute?: string;
      dataUndefined?: boolean;
      scriptType?: string;
    };

export type DocumentState =
  | { status: 'loading'; url?: string }
  | {
      status: 'ready';
      url?: string;
      document: PartnershipDocument;
      /** When the copy shown was fetched (ISO date-time); absent for inline data. */
      fetchedAt?: string;
      /** Set while the copy shown is the saved one: `refreshing` until the fetch ends, else why it failed. */
      saved?: { refreshing: true } | { refreshing: false; failure: LoadFailure };
      /**
       * Set while the host cannot be reached (a fetch of the shown document failed, or its live
       * channel was lost): when that began. What is shown may be out of date until a fetch succeeds.
       */
      unreachableSince?: string;
      /**
       * Set while the document's live channel has never opened, with why that is likely (see `LiveTrouble`), or
       * while each try opens a stream that ends carrying nothing (`ended`): the page learns others' changes only
       * when it fetches the document again. Cleared once the channel opens (`ended`: carries something).
       */
      liveUnopened?: LiveTrouble;
    }
  | { status: 'failed'; url?: string; failure: LoadFailure };
