// The host's static files (the kit, the demo's scripts, styles and pages), sent compressed and kept by the
// browser until they change. A governor opening the vote page on a phone over mobile data waited for the
// whole kit, uncompressed, on every visit: 357 KB where brotli sends about 105 KB, and the same again the next
// time, since nothing was cached. None of these files names who is signed in, so they may be kept; the pages
// built for a person (/vote, /sign-in) and the API stay `no-store` (see http.js).
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { send } from './http.js';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Below this, compressing saves less than the headers it adds. */
const WORTH_COMPRESSING = 1024;

/**
 * The encodings the host offers, best first, with how to make them. Brotli at quality 5: the first member to
 * ask for the kit after the host starts waits for it, 0.05 s, where quality 11 took 0.6 s (for 9 KB less).
 */
const ENCODERS = {
  br: (body) =>
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => gzipped(body, { level: 9 }),
};

/**
 * The encoding to send for an `Accept-Encoding` header: brotli, else gzip, else none (`undefined`). A coding
 * the client refuses with `q=0` is not sent, nor is one it does not name (`*` names every one).
 */
export function chooseEncoding(acceptEncoding = '') {
  const weights = new Map();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (coding) => weights.get(coding) ?? weights.get('*') ?? 0;
  return Object.keys(ENCODERS).find((coding) => weight(coding) > 0);
}

/** Whether an `If-None-Match` header names `etag` (weak or strong: a GET compares them weakly). */
function matches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * The files read so far, each with its tag and its compressed forms, made once: a file is read again only when
 * its size or modification time changes (a rebuild of the kit while the host runs).
 */
export class StaticFiles {
  #kept = new Map();

  /** The file's bytes, its tag and a cache of its encodings; throws when it cannot be read. */
  async #entry(file) {
    const { mtimeMs, size } = await stat(file);
    const kept = this.#kept.get(file);
    if (kept && kept.mtimeMs === mtimeMs && kept.size === size) return kept;
    const body = await readFile(file);
    const tag = createHash('sha256').update(body).digest('base64url').slice(0, 27);
    const entry = { mtimeMs, size, body, tag, encoded: new Map(), versions: new Map() };
    this.#kept.set(file, entry);
    return entry;
  }

  /**
   * `entry` as `version` makes it (a page in Welsh: `{ name: 'cy', of: (body) => … }`), made once and then kept
   * beside it, with a tag of its own; without a version, the file as it is.
   */
  #version(entry, version) {
    if (!version) return entry;
    if (!entry.versions.has(version.name)) {
      const body = Buffer.from(version.of(entry.body));
      entry.versions.set(version.name, { body, tag: `${entry.tag}-${version.name}`, encoded: new Map() });
    }
    return entry.versions.get(version.name);
  }

  /** `entry`'s body in `encoding`, compressed once and then kept. */
  #encoded(entry, encoding) {
    if (!entry.encoded.has(encoding)) entry.encoded.set(encoding, ENCODERS[encoding](entry.body));
    return entry.encoded.get(encoding);
  }

  /**
   * Answers `request` with `file` as `type`: compressed when the client accepts it and the file is text, and
   * `Cache-Control: no-cache` with an `ETag`, so that the browser keeps it and asks each time whether it
   * changed (a 304 with no body when it did not). Always fresh, never downloaded twice. Throws when the file
   * cannot be read. `version`: the file as it makes it instead (see #version); `vary`, the request headers
   * besides Accept-Encoding that the answer depends on (Cookie, for a page sent in the reader's language).
   */
  async send(request, response, file, type, { version, vary = [] } = {}) {
    const entry = this.#version(await this.#entry(file), version);
    const text = /^(text\/|application\/json)/.test(type) && entry.body.length >= WORTH_COMPRESSING;
    const encoding = text ? chooseEncoding(request.headers['accept-encoding']) : undefined;
    const etag = `"${entry.tag}${encoding ? `-${encoding}` : ''}"`;
    const varies = [...(text ? ['Accept-Encoding'] : []), ...vary].join(', ');
    const headers = { 'Cache-Control': 'no-cache', ETag: etag, ...(varies ? { Vary: varies } : {}) };
    if (matches(request.headers['if-none-match'], etag)) return send(response, 304, type, '', headers);
    if (!encoding) return send(response, 200, type, entry.body, headers);
    const body = await this.#encoded(entry, encoding);
    return send(response, 200, type, body, { ...headers, 'Content-Encoding': encoding });
  }
}
