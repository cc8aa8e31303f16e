import { countLabel } from '../model/countLabel';

/**
 * When the range, filters or a search leave events outside the map's frame, says how many, with
 * a button that fits the map to all of them. Under the map, on a line of its own that keeps its
 * height, so it covers no label or popup and moves nothing when it empties.
 */
export function OutsideView({ count, onFit }: { count: number; onFit: () => void }) {
  return (
    <div className="map-outside" role="status">
      {count > 0 ? (
        <>
          <span>{countLabel(count, 'event')} outside the view</span>
          <button type="button" className="button button--quiet" onClick={onFit}>
            Fit to results
          </button>
        </>
      ) : (
        <span className="muted">Every mapped event is in the view.</span>
      )}
    </div>
  );
}
