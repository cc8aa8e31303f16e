import { useRef } from 'react';
import dataVersion from 'virtual:data-version';
import { AboutDialog } from './AboutDialog';
import { SkipLinks } from './SkipLinks';
import { ShareButton } from './ShareButton';

export function Header() {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <header className="header">
      <SkipLinks />
      <div className="header__titles">
        <h1 className="header__title">Karabakh 2020</h1>
        <p className="header__subtitle">
          The 44-day war, day by day — who claimed what, when and where, 27 Sep – 10 Nov 2020
        </p>
        {dataVersion ? (
          <p className="header__version">{`Data version ${dataVersion.version}, updated ${dataVersion.updated}`}</p>
        ) : null}
      </div>
      <ShareButton />
      <button type="button" className="button button--quiet" onClick={() => dialog.current?.showModal()}>
        About the data
      </button>
      <AboutDialog ref={dialog} />
    </header>
  );
}
