// A document given as the `data` property is checked once per object: every
// element given that object shares one store and one parsed document.
import { expect } from '@open-wc/testing';
import { inlineDocumentStore, type DocumentState } from '../../../src/data/index.js';
import { minimalDocument } from '../../fixtures/documents.js';

const documentOf = (state: DocumentState) => (state.status === 'ready' ? state.document : undefined);

describe('inlineDocumentStore', () => {
  it('checks an object once: the same object gives the same store and the same document', () => {
    const data = minimalDocument();
    const first = inlineDocumentStore({ json: data });
    const second = inlineDocumentStore({ json: data });
    expect(second).to.equal(first);
    expect(documentOf(first.get())).to.not.equal(undefined);
  });

  it('checks another object on its own, even with the same content', () => {
    const data = minimalDocument();
    const one = documentOf(inlineDocumentStore({ json: data }).get());
    const other = documentOf(inlineDocumentStore({ json: structuredClone(data) }).get());
    expect(other).to.not.equal(undefined);
    expect(other).to.not.equal(one);
  });

  it('keeps a failure per object too, and checks a value that is no object each time', () => {
    const broken = { ...minimalDocument(), people: 'nobody' };
    const failed = inlineDocumentStore({ json: broken });
    expect(failed.get().status).to.equal('failed');
    expect(inlineDocumentStore({ json: broken })).to.equal(failed);
    const text = inlineDocumentStore({ json: 'not a document' });
    expect(text.get().status).to.equal('failed');
    expect(inlineDocumentStore({ json: 'not a document' })).to.not.equal(text);
  });

  it('checks inline JSON text each time it is asked', () => {
    const text = JSON.stringify(minimalDocument());
    const one = inlineDocumentStore({ text });
    expect(one.get().status).to.equal('ready');
    expect(inlineDocumentStore({ text })).to.not.equal(one);
  });
});
