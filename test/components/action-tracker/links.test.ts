// Links back to a meeting or proposal from the host's href-template: only
// http, https or relative URLs are ever produced, whatever the template or
// the id holds.
import { expect } from '@open-wc/testing';
import { linkFor } from '../../../components/action-tracker/links.js';
import { isHttpOrRelative, URL_PAYLOADS } from '../../fixtures/payloads.js';

const BASE = 'https://intranet.example.gov.uk/partnership/actions';

describe('linkFor', () => {
  it('gives no link without a template', () => {
    expect(linkFor(undefined, 'meeting', 'elg-2019-10-15', BASE)).to.equal(undefined);
    expect(linkFor('', 'meeting', 'elg-2019-10-15', BASE)).to.equal(undefined);
  });

  it('fills in {type} and {id}: a relative link', () => {
    expect(linkFor('/governance/{type}s/{id}', 'meeting', 'elg-2019-10-15', BASE)).to.equal(
      '/governance/meetings/elg-2019-10-15',
    );
    expect(linkFor('/governance/{type}s/{id}', 'proposal', 'hnb-plan', BASE)).to.equal(
      '/governance/proposals/hnb-plan',
    );
    expect(linkFor('../{type}/{id}.html', 'meeting', 'm1', BASE)).to.equal('../meeting/m1.html');
    expect(linkFor('?{type}={id}', 'proposal', 'p.1', BASE)).to.equal('?proposal=p.1');
    expect(linkFor('#{id}', 'meeting', 'm1', BASE)).to.equal('#m1');
  });

  it('fills in every {id} and {type}', () => {
    expect(linkFor('/{type}/{id}?back={type}-{id}', 'meeting', 'm1', BASE)).to.equal('/meeting/m1?back=meeting-m1');
  });

  it('absolute http and https templates are kept', () => {
    expect(linkFor('https://cmis.example.gov.uk/{type}/{id}', 'meeting', 'm1', BASE)).to.equal(
      'https://cmis.example.gov.uk/meeting/m1',
    );
    expect(linkFor('http://cmis.example.gov.uk/{type}/{id}', 'meeting', 'm1', BASE)).to.equal(
      'http://cmis.example.gov.uk/meeting/m1',
    );
    expect(linkFor('HTTPS://cmis.example.gov.uk/{id}', 'meeting', 'm1', BASE)).to.equal(
      'HTTPS://cmis.example.gov.uk/m1',
    );
  });

  it('encodes the id, so an id with a colon never becomes a scheme', () => {
    // ids may hold letters, digits and . _ : - : "javascript:alert" is a valid id.
    const href = linkFor('{id}', 'meeting', 'javascript:alert', BASE);
    expect(href).to.equal('javascript%3Aalert');
    expect(isHttpOrRelative(href!, BASE)).to.equal(true);
    expect(linkFor('{id}', 'proposal', 'vbscript:msgbox', BASE)).to.equal('vbscript%3Amsgbox');
    expect(linkFor('{id}', 'proposal', 'data:text', BASE)).to.equal('data%3Atext');
    expect(linkFor('java{id}', 'meeting', 'script:alert', BASE)).to.equal('javascript%3Aalert');
  });

  for (const payload of URL_PAYLOADS) {
    it(`a template of ${JSON.stringify(payload)} gives no link, or a harmless relative one`, () => {
      for (const template of [payload, `${payload}{id}`, `${payload}/{type}/{id}`]) {
        const href = linkFor(template, 'meeting', 'm1', BASE);
        if (href !== undefined) expect(isHttpOrRelative(href, BASE), `${template} → ${href}`).to.equal(true);
      }
    });
  }

  it('gives no link at all for script, data, vbscript, file and blob schemes, in any case or with tabs and spaces', () => {
    // All but "javascript&colon;…", which names no scheme: it is a harmless relative path.
    const schemes = URL_PAYLOADS.filter((payload) => !payload.includes('&colon;'));
    for (const template of [
      ...schemes,
      'javascript:/{type}/{id}',
      'ftp://example.org/{id}',
      'mailto:clerk@example.org?subject={id}',
    ]) {
      expect(linkFor(template, 'meeting', 'm1', BASE), JSON.stringify(template)).to.equal(undefined);
    }
  });

  it('gives no link for a template that is not a URL', () => {
    expect(linkFor('http://[', 'meeting', 'm1', BASE)).to.equal(undefined);
    expect(linkFor('https://exa mple.org:99999/{id}', 'meeting', 'm1', BASE)).to.equal(undefined);
  });

  it('a relative template on a page that is not http gives no link', () => {
    expect(linkFor('/governance/{id}', 'meeting', 'm1', 'file:///C:/intranet/actions.html')).to.equal(undefined);
  });
});
