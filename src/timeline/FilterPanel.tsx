import { useEffect, useState, type ReactNode } from 'react';
import { Disclosure } from '../ui/Disclosure';
import type { Actor, EventType, RegionFeature } from '../data/schemas';
import { eventStatuses, eventTypes, sides } from '../data/vocabulary';
import { NO_FILTERS, type FacetCounts } from '../model/eventFilters';
import { eventStatusLabel, eventTypeStyle } from '../model/eventTypeStyle';
import { MAX_QUERY_LENGTH, type Side, type ViewState } from '../state/viewState';
import { useDeferredViewState } from '../state/useDeferredViewState';

const sideLabel: Record<Side, string> = {
  azerbaijan: 'Azerbaijani side',
  armenia: 'Armenian side (Armenia)',
  'nagorno-karabakh': 'Armenian side (Nagorno-Karabakh)',
  'third-party': 'Third parties',
};

function toggle<T>(list: readonly T[], v: T): T[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

/** The pause in typing after which a search counts as settled (ms). */
const SEARCH_SETTLE_MS = 400;

interface Props {
  counts: FacetCounts;
  actors: Actor[];
  districts: RegionFeature[];
  active: boolean;
}

/** Filters by type, claimant (side or body), status, district and text; counts beside each. */
export function FilterPanel({ counts, actors, districts, active }: Props) {
  const [state, write] = useDeferredViewState();
  const [q, setQ] = useSettledSearch(state.q, write);
  // The panel opens when filters become active (a shared link, Back) but never closes by
  // itself: "Clear filters" leaves it open for the next choice.
  const [openWanted, setOpenWanted] = useState(active);
  if (active && !openWanted) setOpenWanted(true);

  return (
    <Disclosure className="filters" open={openWanted} summary={`Filters${active ? ' (on)' : ''}`}>
      <div className="filters__body">
        <label className="filters__search">
          <span>Search summaries and places</span>
          <input
            type="search"
            value={q}
            maxLength={MAX_QUERY_LENGTH}
            onChange={(e) => setQ(e.target.value)}
          />
        </label>
        <label>
          <span>District</span>
          <select
            value={state.region ?? ''}
            onChange={(e) => write({ region: e.target.value || undefined, place: undefined })}
          >
            <option value="">All districts</option>
            {districts.map((d) => (
              <option key={d.properties.id} value={d.properties.id}>
                {d.properties.names.en}
              </option>
            ))}
          </select>
        </label>
        <FacetFilters state={state} counts={counts} write={write} actors={actors} />
        <button type="button" className="button" disabled={!active} onClick={() => write(NO_FILTERS)}>
          Clear filters
        </button>
      </div>
    </Disclosure>
  );
}

type Write = ReturnType<typeof useDeferredViewState>[1];

/**
 * The search box's text, written to the URL once typing settles. A search settled (a pause in
 * typing) is one history entry, not each keystroke; a quick second pause folds into it
 * (historyPolicy.ts), and it never overwrites the entry before.
 */
function useSettledSearch(urlQ: string, write: Write): [string, (q: string) => void] {
  const [q, setQ] = useState(urlQ);
  // When the URL's q changes from outside (back, Clear filters), the box follows it.
  const [lastUrlQ, setLastUrlQ] = useState(urlQ);
  if (urlQ !== lastUrlQ) {
    setLastUrlQ(urlQ);
    setQ(urlQ);
  }
  useEffect(() => {
    if (q === urlQ) return;
    const t = window.setTimeout(() => write({ q }), SEARCH_SETTLE_MS);
    return () => window.clearTimeout(t);
  }, [q, urlQ, write]);
  return [q, setQ];
}

interface ChecksProps<T extends string> {
  values: readonly T[];
  chosen: readonly T[];
  counts: ReadonlyMap<T, number>;
  label: (v: T) => ReactNode;
  onToggle: (v: T) => void;
}

/** A checkbox per option, each with the number of events it would show beside it. */
function Checks<T extends string>({ values, chosen, counts, label, onToggle }: ChecksProps<T>) {
  return values.map((v) => (
    <label key={v} className="check">
      <input type="checkbox" checked={chosen.includes(v)} onChange={() => onToggle(v)} />
      {label(v)} <span className="count">{counts.get(v) ?? 0}</span>
    </label>
  ));
}

/** A type's label: its glyph in its colour, then its name. */
const typeLabel = (t: EventType) => (
  <>
    <span aria-hidden="true" style={{ color: eventTypeStyle[t].colour }}>
      {eventTypeStyle[t].glyph}
    </span>{' '}
    {eventTypeStyle[t].label}
  </>
);

/** Type, claimant (side or body) and status: the filters with a count beside each option. */
function FacetFilters({
  state,
  counts,
  write,
  actors,
}: {
  state: ViewState;
  counts: FacetCounts;
  write: Write;
  actors: Actor[];
}) {
  const shownActors = actors.filter((a) => (counts.actors.get(a.id) ?? 0) > 0 || state.actors.includes(a.id));
  return (
    <>
      <fieldset>
        <legend>Type</legend>
        <Checks
          values={eventTypes}
          chosen={state.types}
          counts={counts.types}
          label={typeLabel}
          onToggle={(t) => write((v) => ({ types: toggle(v.types, t) }))}
        />
      </fieldset>
      <fieldset>
        <legend>Claimed by</legend>
        <Checks
          values={sides}
          chosen={state.sides}
          counts={counts.sides}
          label={(s) => sideLabel[s]}
          onToggle={(s) => write((v) => ({ sides: toggle(v.sides, s) }))}
        />
        <Disclosure summary={`By body (${shownActors.length})`}>
          <Checks
            values={shownActors.map((a) => a.id)}
            chosen={state.actors}
            counts={counts.actors}
            label={(id) => <bdi>{actors.find((a) => a.id === id)?.name}</bdi>}
            onToggle={(id) => write((v) => ({ actors: toggle(v.actors, id).sort() }))}
          />
        </Disclosure>
      </fieldset>
      <fieldset>
        <legend>Status</legend>
        <Checks
          values={eventStatuses}
          chosen={state.statuses}
          counts={counts.statuses}
          label={(s) => eventStatusLabel[s]}
          onToggle={(s) => write((v) => ({ statuses: toggle(v.statuses, s) }))}
        />
      </fieldset>
    </>
  );
}
