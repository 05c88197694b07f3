import { expect } from '@open-wc/testing';

describe('the test runner', () => {
  it('runs in Chromium', () => {
    expect(navigator.userAgent).to.contain('Chrome');
  });
});
