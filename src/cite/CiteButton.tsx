import { lazy, Suspense, useRef, useState } from 'react';
import type { CiteRequest } from './CiteDialog';

const CiteDialog = lazy(() => import('./CiteDialog'));

interface Props {
  label: 'Cite' | 'Cite this';
  className: string;
  tabIndex?: number;
  /** Built on the click, so a row or chart pays nothing until a reader asks. */
  request: () => CiteRequest;
}

/** A button that opens the citation dialog (a lazy chunk) and gives focus back when it closes. */
export function CiteButton({ label, className, tabIndex, request }: Props) {
  const [open, setOpen] = useState<CiteRequest | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        tabIndex={tabIndex}
        onClick={() => setOpen(request())}
      >
        {label}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <CiteDialog
            request={open}
            onClose={() => {
              setOpen(null);
              button.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
