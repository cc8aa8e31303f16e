import { useRef, useState, type KeyboardEvent } from 'react';
import type { RegionFeature } from '../data/schemas';
import { rovingTarget } from '../model/rovingFocus';

interface Props {
  districts: RegionFeature[];
  selectedId?: string;
  onSelect: (id: string | undefined) => void;
}

/**
 * The keyboard route to the districts: the same choice as clicking a shape on the map. One tab
 * stop for the whole list (the selected district, else the first), arrow keys move between them,
 * so a keyboard reader passes the map in a few presses (issue 19's path to the casualty pane).
 */
export function DistrictList({ districts, selectedId, onSelect }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const [focused, setFocused] = useState<string | undefined>(undefined);
  const ids = districts.map((d) => d.properties.id);
  const stop =
    focused && ids.includes(focused) ? focused : selectedId && ids.includes(selectedId) ? selectedId : ids[0];
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const next = rovingTarget(ids, stop, e.key);
    if (next === undefined) return;
    e.preventDefault();
    setFocused(next);
    list.current?.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(next)}"]`)?.focus();
  };
  return (
    <ul className="district-list" role="list" aria-label="Districts" ref={list} onKeyDown={onKeyDown}>
      {districts.map((d) => {
        const selected = d.properties.id === selectedId;
        return (
          <li key={d.properties.id}>
            <button
              type="button"
              data-id={d.properties.id}
              tabIndex={d.properties.id === stop ? 0 : -1}
              className={`chip${selected ? ' chip--on' : ''}`}
              aria-pressed={selected}
              onFocus={() => setFocused(d.properties.id)}
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
