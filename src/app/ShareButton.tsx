import { useEffect, useState } from 'react';
import { shareView } from '../cite/shareView';

/**
 * "Share": the system's share sheet where the browser has one (phones, some desktops), else the
 * link to the current view is copied, and a status says so.
 */
export function ShareButton() {
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!status) return;
    const t = window.setTimeout(() => setStatus(''), 5000);
    return () => window.clearTimeout(t);
  }, [status]);
  const share = async () => setStatus(await shareView());
  return (
    <span className="share">
      <button type="button" className="button button--quiet" onClick={() => void share()}>
        Share
      </button>
      <span role="status" className="share__status">
        {status}
      </span>
    </span>
  );
}
