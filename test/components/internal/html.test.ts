// The elements' `html` tag drops the white space that only lays out the
// source, where it touches a block's tag, and keeps every space that can part
// two words (issue 12: a roster at 10x drew 4,640 such text nodes).
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { html, withoutLayoutSpace } from '../../../components/internal/html.js';

const strings = (template: TemplateStringsArray, ..._values: unknown[]) => [...withoutLayoutSpace(template)];

/** What `template` draws, as the nodes of a fresh container. */
function drawn(template: ReturnType<typeof html>): ChildNode[] {
  const box = document.createElement('div');
  render(template, box);
  // Lit's markers are comments: the text and elements are what a reader meets.
  return [...box.childNodes].filter((node) => node.nodeType !== Node.COMMENT_NODE);
}

describe('the elements’ html tag', () => {
  it('drops a line break and indentation before and after a block’s tags', () => {
    expect(
      strings`<section>
        <p>a</p>
        <ul>
          <li>b</li>
        </ul>
      </section>`,
    ).to.deep.equal(['<section><p>a</p><ul><li>b</li></ul></section>']);
  });

  it('drops it after a block tag that holds a part in an attribute', () => {
    const label = 'Seat';
    expect(
      strings`<td data-label=${label} class="x">
          ${'value'}
        </td>`,
    ).to.deep.equal(['<td data-label=', ' class="x">', '</td>']);
  });

  it('keeps the space between inline elements, between parts, and on one line', () => {
    expect(
      strings`<strong>a</strong>
      <span>b</span>`,
    ).to.deep.equal(['<strong>a</strong>\n      <span>b</span>']);
    expect(
      strings`<li>${1}
        ${2} <strong>c</strong></li>`,
    ).to.deep.equal(['<li>', '\n        ', ' <strong>c</strong></li>']);
    expect(strings`<p>a</p> <p>b</p>`).to.deep.equal(['<p>a</p> <p>b</p>']);
  });

  it('leaves a tag whose name only begins like a block’s alone', () => {
    expect(
      strings`<path d="M0 0">
        <param>`,
    ).to.deep.equal(['<path d="M0 0">\n        <param>']);
  });

  it('leaves a template with preformatted text, a text area or a comment as written', () => {
    expect(
      strings`<div>
        <pre>  a
  b</pre>
      </div>`,
    ).to.deep.equal(['<div>\n        <pre>  a\n  b</pre>\n      </div>']);
    expect(
      strings`<p>
        <textarea>
 x</textarea>
      </p>`,
    ).to.deep.equal(['<p>\n        <textarea>\n x</textarea>\n      </p>']);
    expect(
      strings`<p>a</p>
      <!-- note -->`,
    ).to.deep.equal(['<p>a</p>\n      <!-- note -->']);
  });

  it('hands Lit strings that are not a template literal’s as they are, for Lit to refuse', () => {
    const forged = ['<p>', '</p>'] as unknown as TemplateStringsArray;
    expect(withoutLayoutSpace(forged)).to.equal(forged);
    expect(() => render(html(forged, 'x'), document.createElement('div'))).to.throw(/template strings array/);
  });

  it('gives Lit one strings array per template, with raw, as a template literal does', () => {
    const twice = [1, 2].map((n) => html`<p>${n}</p>`);
    expect(twice[0]!.strings).to.equal(twice[1]!.strings);
    expect(Object.hasOwn(twice[0]!.strings, 'raw')).to.equal(true);
  });

  it('draws no text node between blocks, and the space between inline words', () => {
    const blocks = drawn(html`
      <p>a</p>
      <p>b</p>
    `);
    expect(blocks.map((node) => node.nodeName)).to.deep.equal(['P', 'P']);
    const inline = document.createElement('div');
    render(
      html`<p>
        <strong>Missing</strong>
        <span>No report</span>
      </p>`,
      inline,
    );
    expect(inline.querySelector('p')!.textContent!.replace(/\s+/g, ' ')).to.equal('Missing No report');
  });
});
