// Every test page is seen, as a member's page is: the runner gives each page a
// window of its own (web-test-runner.config.js), so two running at once are
// both visible, and nothing that pauses for a hidden page (polling, drawing)
// holds a test up.
import { expect } from '@open-wc/testing';

it('the test page is visible', () => {
  expect(document.visibilityState).to.equal('visible');
});
