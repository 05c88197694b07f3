// Demo sign-in: choosing a person sets a session cookie. The cookie holds the
// person id and an HMAC of it under a key made when the host starts, so it
// cannot be forged, and a restart signs everyone out. HttpOnly keeps it from
// scripts; SameSite=Strict keeps other sites from voting with it.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const KEY = randomBytes(32);
export const COOKIE = 'pk_session';

function sign(personId) {
  return createHmac('sha256', KEY).update(personId).digest('base64url');
}

/** The Set-Cookie header that signs `personId` in. */
export function signInCookie(personId) {
  const value = `${encodeURIComponent(personId)}.${sign(personId)}`;
  return `${COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict`;
}

export function signOutCookie() {
  return `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;
}

/** The signed-in person's id, or undefined. */
export function signedInPerson(request) {
  const cookies = Object.fromEntries(
    (request.headers.cookie ?? '').split(';').map((part) => {
      const index = part.indexOf('=');
      return [part.slice(0, index).trim(), part.slice(index + 1).trim()];
    }),
  );
  const value = cookies[COOKIE];
  if (!value) return undefined;
  const dot = value.lastIndexOf('.');
  let personId;
  try {
    personId = decodeURIComponent(value.slice(0, dot));
  } catch {
    return undefined;
  }
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(sign(personId));
  return given.length === expected.length && timingSafeEqual(given, expected) ? personId : undefined;
}
