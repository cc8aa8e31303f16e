import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { GeoBounds } from '../model/eventsOutsideView';

/** The attribution: what the map is drawn from, and no emblem (Leaflet's default prefix has a flag). */
const PREFIX = '<a href="https://leafletjs.com/" target="_blank" rel="noopener noreferrer">Leaflet</a>';
const CREDITS =
  'Shapes: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">Natural Earth</a>' +
  ' · Places: <a href="https://www.geonames.org/" target="_blank" rel="noopener noreferrer">GeoNames</a>';

const toLatLngBounds = (b: GeoBounds) => L.latLngBounds([b.south, b.west], [b.north, b.east]);

interface Props {
  /** Reports the frame after every move, so MapView can count the events outside it. */
  onViewChange?: (view: GeoBounds) => void;
  /** Each new request fits the map to its bounds once ("Fit to results"). */
  fitRequest?: { bounds: GeoBounds };
}

/**
 * The map's manners: it names itself and its credits, zooms with the wheel only once the reader
 * has clicked or focused it (so scrolling the page is never captured on the way past), reports
 * its frame, and fits the results when asked.
 */
export function MapBehaviour({ onViewChange, fitRequest }: Props) {
  const map = useMap();

  useEffect(() => {
    map.attributionControl?.setPrefix(PREFIX);
    map.attributionControl?.addAttribution(CREDITS);
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute(
      'aria-label',
      'Interactive map: arrow keys pan, plus and minus zoom; Tab reaches the event markers',
    );
    const engage = () => map.scrollWheelZoom.enable();
    const leave = (e: FocusEvent) => {
      if (!container.contains(e.relatedTarget as Node | null)) map.scrollWheelZoom.disable();
    };
    container.addEventListener('mousedown', engage);
    container.addEventListener('focusin', engage);
    container.addEventListener('focusout', leave);
    return () => {
      container.removeEventListener('mousedown', engage);
      container.removeEventListener('focusin', engage);
      container.removeEventListener('focusout', leave);
    };
  }, [map]);

  useEffect(() => {
    if (!onViewChange) return;
    const report = () => {
      const b = map.getBounds();
      onViewChange({ south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() });
    };
    report();
    map.on('moveend', report);
    return () => void map.off('moveend', report);
  }, [map, onViewChange]);

  // Only a new request fits: a change of results alone leaves the reader's frame alone.
  useEffect(() => {
    if (fitRequest) map.fitBounds(toLatLngBounds(fitRequest.bounds), { padding: [24, 24], maxZoom: 11 });
  }, [map, fitRequest]);

  return null;
}
