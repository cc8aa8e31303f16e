import { useId } from 'react';
import { useConsent, writeConsent } from './tileConsent';

/** Off by default: the offline map makes no request beyond this site. */
export function OnlineTilesSwitch({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const consent = useConsent();
  const noteId = useId();
  const proposed = on && !consent;
  return (
    <>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={on && consent}
          aria-describedby={proposed ? noteId : undefined}
          onChange={(e) => {
            writeConsent(e.target.checked);
            onChange(e.target.checked);
          }}
        />
        <span>Online map tiles</span>
      </label>
      {proposed ? (
        <span id={noteId} className="switch__note muted">
          Proposed by this link: turn on to load tiles from OpenStreetMap
        </span>
      ) : null}
    </>
  );
}
