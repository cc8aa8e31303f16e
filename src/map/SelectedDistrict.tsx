import type { IsoDate } from '../data/calendar';
import type { RegionFeature, WarEvent } from '../data/schemas';
import type { Lookups } from '../model/lookups';
import { districtSummary } from '../model/mapViewModel';
import { DistrictCard } from './DistrictCard';

interface Props {
  district: RegionFeature;
  events: readonly WarEvent[];
  lookups: Lookups;
  from: IsoDate;
  to: IsoDate;
  onClose: () => void;
}

/** The card of the selected district, with its part in the record (src/model/mapViewModel.ts). */
export function SelectedDistrict({ district, events, lookups, from, to, onClose }: Props) {
  const summary = districtSummary(events, lookups.placesById, district.properties.id, from, to);
  return <DistrictCard district={district} eventsInRange={summary.eventsInRange} claims={summary.claims} handovers={summary.handovers} lookups={lookups} onClose={onClose} />;
}
