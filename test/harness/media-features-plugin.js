// Lets a test emulate CSS media features the built-in `emulateMedia` command
// does not reach, chiefly forced colours (Windows High Contrast), so a test can
// prove an element stays usable under them.
//
//   executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] })
//   executeServerCommand('emulate-media-features', { features: [] })   // back to the browser's own
//
// Each call replaces every feature the previous one set. Puppeteer's
// page.emulateMediaFeatures() refuses `forced-colors` (it allows only
// prefers-color-scheme, prefers-reduced-motion and color-gamut), so this sends
// the DevTools protocol's Emulation.setEmulatedMedia itself, on one session
// per page that stays open: closing it would drop the emulation.
//
// Pages are reused from one test file to the next, so the emulation is dropped
// whenever the page loads another document: a file that fails before its
// `after` hook cannot leave the next file under forced colours.

/** The DevTools session that holds each page's emulation. */
const sessions = new WeakMap();

const NAME = /^[a-z][a-z-]*$/;

function featuresOf(payload) {
  const features = payload?.features ?? [];
  if (!Array.isArray(features)) throw new Error('emulate-media-features: `features` must be an array');
  for (const feature of features) {
    if (typeof feature?.name !== 'string' || !NAME.test(feature.name) || typeof feature.value !== 'string') {
      throw new Error(
        `emulate-media-features: each feature is { name, value } strings, not ${JSON.stringify(feature)}`,
      );
    }
  }
  return features.map(({ name, value }) => ({ name, value }));
}

async function sessionFor(page) {
  const existing = sessions.get(page);
  if (existing) return existing;
  const session = await page.createCDPSession();
  sessions.set(page, session);
  // Page.frameNavigated fires when a frame commits a new document (never for
  // pushState or #hash changes), before any of its scripts run.
  session.on('Page.frameNavigated', ({ frame }) => {
    if (!frame.parentId) session.send('Emulation.setEmulatedMedia', { features: [] }).catch(() => {});
  });
  await session.send('Page.enable');
  return session;
}

export function mediaFeaturesPlugin() {
  return {
    name: 'partnership-kit-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`emulate-media-features needs the Chrome launcher, not ${session.browser.type}`);
      }
      const features = featuresOf(payload);
      const cdp = await sessionFor(session.browser.getPage(session.id));
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
