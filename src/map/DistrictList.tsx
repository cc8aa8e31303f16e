import type { RegionFeature } from '../data/schemas';

interface Props {
  districts: RegionFeature[];
  selectedId?: string;
  onSelect: (id: string | undefined) => void;
}

/** The keyboard route to the districts: the same choice as clicking a shape on the map. */
export function DistrictList({ districts, selectedId, onSelect }: Props) {
  return (
    <ul className="district-list" role="list" aria-label="Districts">
      {districts.map((d) => {
        const selected = d.properties.id === selectedId;
        return (
          <li key={d.properties.id}>
            <button
              type="button"
              className={`chip${selected ? ' chip--on' : ''}`}
              aria-pressed={selected}
              onClick={() => onSelect(selected ? undefined : d.properties.id)}
            >
              {d.properties.names.en}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
