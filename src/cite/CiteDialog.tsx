/**
 * The "Cite" dialog: APA-like text, BibTeX and CSL-JSON of one event or chart, each with its
 * copy button. A lazy chunk (LazyCiteDialog), loaded when a reader asks for a citation, so
 * neither this nor the formatters weigh on the first load.
 */
import { useEffect, useRef, useState } from 'react';
import dataVersion from 'virtual:data-version';
import type { Source } from '../data/schemas';
import { citationBibtex, citationCsl, citationText, localToday, type CitationInput } from '../model/citation';
import { copyText } from './copyText';

export interface CiteRequest {
  kind: 'event' | 'chart';
  id: string;
  title: string;
  url: string;
  sources: readonly Source[];
}

interface Props {
  request: CiteRequest;
  onClose: () => void;
}

const formats = [
  { key: 'apa', label: 'APA-like text', make: citationText },
  { key: 'bibtex', label: 'BibTeX', make: citationBibtex },
  { key: 'csl', label: 'CSL-JSON', make: (c: CitationInput) => JSON.stringify(citationCsl(c), null, 2) },
] as const;

export default function CiteDialog({ request, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const input: CitationInput = {
    ...request,
    version: dataVersion?.version ?? 'unknown',
    updated: dataVersion?.updated ?? 'unknown',
    accessed: localToday(),
  };
  const copy = async (label: string, text: string) => {
    setStatus(
      (await copyText(text)) ? `${label} copied` : `Could not copy: select the ${label} and copy it yourself`,
    );
  };
  const what = input.kind === 'event' ? `event ${input.id}` : `the chart “${input.title}”`;
  return (
    // Keys stay in the dialog: the list it was opened from must not act on them.
    <dialog
      ref={ref}
      className="about cite"
      aria-labelledby="cite-title"
      onClose={onClose}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <div className="about__head">
        <h2 id="cite-title">Cite {what}</h2>
        <form method="dialog">
          <button type="submit" className="button button--quiet">
            Close
          </button>
        </form>
      </div>
      <p className="muted">
        Data version {input.version}, updated {input.updated}; accessed {input.accessed}.
      </p>
      {formats.map((f) => (
        <CiteFormat key={f.key} format={f} text={f.make(input)} onCopy={copy} />
      ))}
      <p role="status" className="cite__status">
        {status}
      </p>
    </dialog>
  );
}

/** One format's heading, copy button and text. */
function CiteFormat({
  format: f,
  text,
  onCopy,
}: {
  format: (typeof formats)[number];
  text: string;
  onCopy: (label: string, text: string) => Promise<void>;
}) {
  return (
    <section className="cite__format" aria-labelledby={`cite-${f.key}`}>
      <div className="cite__head">
        <h3 id={`cite-${f.key}`}>{f.label}</h3>
        <button type="button" className="button button--small" onClick={() => void onCopy(f.label, text)}>
          Copy {f.label}
        </button>
      </div>
      <pre className="cite__text" tabIndex={0} aria-label={f.label}>
        {text}
      </pre>
    </section>
  );
}
