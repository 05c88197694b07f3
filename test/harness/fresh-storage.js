// Each browser test file opens on a site with nothing stored, as on a fresh
// profile. The runner reuses its page (and so its browser context) from one
// test file to the next: a vote a file left queued in the outbox's IndexedDB
// was sent, and shown ("Saved on this device, sending…"), by the elements of
// whichever file came next, and each file's result hung on the order they ran.

/** Wraps `page.goto` so that each test file's address opens with its origin's storage, and the tab's, cleared. */
export function freshStorageEachFile(page) {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    if (url.startsWith('http')) {
      // The tab's sessionStorage (an element's kept filters) goes with the page it belongs to: the DevTools call
      // does not clear it, and the next file opens in the same tab.
      await page.evaluate(() => sessionStorage.clear()).catch(() => {});
      const cdp = await page.createCDPSession();
      await cdp.send('Storage.clearDataForOrigin', {
        origin: new URL(url).origin,
        // Cookies too: the demo's language switch keeps the reader's choice in one.
        storageTypes: 'cookies,indexeddb,local_storage,cache_storage,service_workers',
      });
      await cdp.detach();
    }
    return goto(url, options);
  };
  return page;
}
