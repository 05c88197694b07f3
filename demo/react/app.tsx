/**
 * The kit in a React 19 page. React 19 sets a custom element's properties
 * (here `data`, the whole document) and attributes as a web team expects, and
 * listens to its events with `on` + the event's name.
 */
import { useEffect, useState } from 'react';
import { demoWords } from '../words.js';
import { createRoot } from 'react-dom/client';
import '../../components/index.js';
import '../../components/react.js'; // the elements' JSX types, as a React project gets them from 'partnership-kit/react'

/** The page's language, as the demo's switch sets it on <html>: the page's own words follow it. */
function usePageLanguage(): string {
  const language = () => (globalThis.document.documentElement.lang.startsWith('cy') ? 'cy' : 'en');
  const [lang, setLang] = useState(language);
  useEffect(() => {
    const observer = new MutationObserver(() => setLang(language()));
    observer.observe(globalThis.document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    return () => observer.disconnect();
  }, []);
  return lang;
}

function App() {
  const lang = usePageLanguage();
  const [document, setDocument] = useState<unknown>();
  const [failed, setFailed] = useState<string>();
  const [errors, setErrors] = useState(0);
  useEffect(() => {
    // The page fetches the document itself to show the `data` property; a failure is said, not left loading.
    fetch('/demo/data/sutton.json')
      .then((response) => {
        if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then(setDocument)
      .catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)));
  }, []);
  if (failed) return <p role="alert">The partnership could not be loaded: {failed}. Reload the page to try again.</p>;
  if (!document) return <p>{demoWords(lang, 'react.loading')}</p>;
  return (
    <>
      <p data-testid="react-status">{demoWords(lang, 'react.status', { count: errors })}</p>
      {/* Each element under a heading of the page's own, as on the partnership pages: without them the risk register,
          which has no title of its own, read on as part of the quorum above it. */}
      <section className="widget" aria-labelledby="roster-heading">
        <h2 id="roster-heading">{demoWords(lang, 'sutton.roster')}</h2>
        <partnership-roster
          data={document}
          group="elg"
          today="2019-12-10"
          heading-level="3"
          onpartnership-error={() => setErrors((n) => n + 1)}
        />
      </section>
      <section className="widget" aria-labelledby="quorum-heading">
        <h2 id="quorum-heading">{demoWords(lang, 'section.quorum')}</h2>
        <quorum-indicator data={document} meeting="elg-2019-10-15" heading-level="3" />
      </section>
      <section className="widget" aria-labelledby="risks-heading">
        <h2 id="risks-heading">{demoWords(lang, 'section.risks')}</h2>
        <risk-register data={document} group="eog" today="2019-12-10" />
      </section>
    </>
  );
}

/** Mounts the demo into `#react-root`. */
export function mount(): void {
  const root = globalThis.document.getElementById('react-root');
  if (root) createRoot(root).render(<App />);
}

mount();
