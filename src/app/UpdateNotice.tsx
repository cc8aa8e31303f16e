import { useSyncExternalStore } from 'react';
import { subscribeUpdate, updateVersion } from './updateNotice';

/** Says that fresher figures are on the server, and offers to load them; the tab keeps working. */
export function UpdateNotice() {
  const version = useSyncExternalStore(subscribeUpdate, updateVersion, () => undefined);
  return (
    <div role="status" className="update-notice">
      {version ? (
        <>
          New data available — version {version}{' '}
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </>
      ) : null}
    </div>
  );
}
