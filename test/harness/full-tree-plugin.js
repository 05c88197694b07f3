// The whole of Chromium's accessibility tree, every node kept: the a11ySnapshot command gives only the nodes
// puppeteer finds "interesting" (controls, and leaves with a name), which leaves out a list, a region's
// container and their names, though a screen reader says a named list's name as it enters it.
//
//   executeServerCommand('full-a11y-snapshot')

export function fullTreePlugin() {
  return {
    name: 'partnership-kit-full-a11y-snapshot',
    async executeCommand({ command, session }) {
      if (command !== 'full-a11y-snapshot') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`full-a11y-snapshot needs the Chrome launcher, not ${session.browser.type}`);
      }
      return session.browser.getPage(session.id).accessibility.snapshot({ interestingOnly: false });
    },
  };
}
