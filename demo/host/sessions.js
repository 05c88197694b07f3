// Demo sign-in with real sessions (OWASP session management): choosing a
// person starts a session whose id is 32 random bytes, kept server-side in
// the partnership's store with an expiry, and sent as an HttpOnly,
// SameSite=Strict cookie. A new sign-in gets a new id (the old session ends);
// sign-out deletes the session, so a copied cookie is worthless afterwards.
// The store keeps a hash of each id, not the id: a copy of the database file
// signs no one in.
import { createHash, randomBytes } from 'node:crypto';

export const COOKIE = 'pk_session';
/** A meeting's evening, with room to spare; then the member signs in again. */
export const SESSION_MS = 8 * 60 * 60 * 1000;

/** The session id the request's cookie carries, or undefined. */
export function sessionId(request) {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === COOKIE) {
      const value = part.slice(index + 1).trim();
      return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

/** Sessions kept in `store.sessions` (see partnership-kit/server's SessionStore). */
export class Sessions {
  /** `now`: the clock sessions start and expire by, in ms since the epoch (tests move it on). */
  constructor(sessionStore, { now = Date.now } = {}) {
    this.store = sessionStore;
    this.now = now;
  }

  /** The signed-in person's id, or null. */
  async person(request) {
    const id = sessionId(request);
    return id ? this.store.person(stored(id), this.now()) : null;
  }

  /** Starts a session for `person`, ending the request's old one; returns the Set-Cookie header. */
  async signIn(request, person) {
    await this.signOut(request);
    const id = randomBytes(32).toString('base64url');
    await this.store.create(stored(id), person, this.now() + SESSION_MS);
    return `${COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MS / 1000}${secure(request)}`;
  }

  /** Ends the request's session; returns the Set-Cookie header that clears the cookie. */
  async signOut(request) {
    const id = sessionId(request);
    if (id) await this.store.end(stored(id), this.now());
    return `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure(request)}`;
  }
}

/** What the store keeps of a session id: its SHA-256, which cannot be turned back into a cookie. */
function stored(id) {
  return createHash('sha256').update(id).digest('base64url');
}

/**
 * `; Secure` for a request that came over HTTPS, itself or through a proxy that
 * says so, so that the browser never sends the cookie over plain HTTP. The demo
 * on localhost is plain HTTP, where a Secure cookie is kept only by some browsers.
 */
function secure(request) {
  const proto = String(request.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    ?.trim();
  return request.socket?.encrypted || proto === 'https' ? '; Secure' : '';
}
