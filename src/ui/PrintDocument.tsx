/**
 * What a printout shows instead of the timeline and casualty panes: a header with the range and
 * filters, every event of the range with its sources (the screen list is virtual and holds only
 * the rows in view), and the casualty figures announced in the range. The map prints as drawn.
 * Rendered only while printing (PrintWhenAsked.tsx), from the data the views already loaded.
 */
import dataVersion from 'virtual:data-version';
import { formatDay } from '../data/calendar';
import { useActors, useCasualties, useEvents, usePlaces, useRegions, useSources } from '../data/queries';
import type { Casualty, Source, WarEvent } from '../data/schemas';
import { selectFilteredEvents } from '../model/eventFilters';
import { eventStatusLabel, eventTypeStyle } from '../model/eventTypeStyle';
import { buildLookups, type Lookups } from '../model/lookups';
import { describeFilters, describeRange } from '../model/viewSummary';
import { useViewState } from '../state/useViewState';

const sourceLine = (s: Source) => `${s.publisher}, “${s.title}”, ${s.published}, ${s.url}`;

function PrintedEvent({ e, l }: { e: WarEvent; l: Lookups }) {
  const ids = [...new Set([...e.sourceIds, ...(e.deniedBy?.sourceIds ?? []), ...(e.verifiedBy ?? [])])];
  return (
    <li className="print-doc__event">
      <p>
        <strong>{eventTypeStyle[e.type].label}</strong> · {l.actorsById.get(e.actorId)?.name ?? e.actorId} ·{' '}
        {eventStatusLabel[e.status]}
        {e.placeIds.length
          ? ` · ${e.placeIds.map((p) => l.placesById.get(p)?.names.en ?? p).join(', ')}`
          : ''}{' '}
        <span className="muted">({e.id})</span>
      </p>
      <p>{e.summary}</p>
      <ul className="print-doc__sources">
        {ids.map((id) => {
          const s = l.sourcesById.get(id);
          return s ? <li key={id}>{sourceLine(s)}</li> : null;
        })}
      </ul>
    </li>
  );
}

function FiguresTable({ figures, l }: { figures: Casualty[]; l: Lookups }) {
  if (!figures.length) return <p>No casualty figure was announced in this range.</p>;
  return (
    <table className="print-doc__table">
      <caption>Casualty figures announced in the range, as claims</caption>
      <thead>
        <tr>
          <th scope="col">Announced</th>
          <th scope="col">Counts to</th>
          <th scope="col">By</th>
          <th scope="col">Whose losses</th>
          <th scope="col">Measure</th>
          <th scope="col">Figure</th>
          <th scope="col">Sources</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((c) => (
          <tr key={c.id}>
            <td>{c.reportedOn}</td>
            <td>{c.asOf}</td>
            <td>{l.actorsById.get(c.actorId)?.name ?? c.actorId}</td>
            <td>
              {c.subject.side}, {c.subject.group}
            </td>
            <td>{c.equipment ? `${c.measure}: ${c.equipment}` : c.measure}</td>
            <td>
              {c.value ?? `${c.valueLow ?? ''}–${c.valueHigh ?? ''}`} ({c.qualifier})
            </td>
            <td>{c.sourceIds.map((id) => l.sourcesById.get(id)?.publisher ?? id).join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PrintDocument() {
  const [state] = useViewState();
  const [events, actors, places, sources, casualties, regions] = [
    useEvents(),
    useActors(),
    usePlaces(),
    useSources(),
    useCasualties(),
    useRegions(),
  ];
  if (!events.data || !actors.data || !places.data || !sources.data) {
    return <p className="print-doc">The events could not be loaded for printing.</p>;
  }
  const l = buildLookups(sources.data, actors.data, places.data);
  const shown = selectFilteredEvents(events.data, state, l);
  const days = [...new Set(shown.map((e) => e.date))];
  const regionName = (id: string) =>
    regions.data?.features.find((f) => f.properties.id === id)?.properties.names.en ?? id;
  const filters = describeFilters(state, l, regionName);
  const figures = (casualties.data ?? []).filter(
    (c) => c.reportedOn >= state.from && c.reportedOn <= state.to,
  );
  return (
    <section className="print-doc" aria-label="Printed record">
      <header className="print-doc__head">
        <h2>
          {describeRange(state)}: {shown.length} events
        </h2>
        <p>
          {filters.length
            ? `Filters: ${filters.join('; ')}`
            : 'No filters: every recorded event of the range.'}
        </p>
        <p className="muted">
          {dataVersion ? `Data version ${dataVersion.version}, updated ${dataVersion.updated}. ` : ''}
          {window.location.href}
        </p>
      </header>
      <h3>Events and their sources</h3>
      {days.map((d) => (
        <section key={d} className="print-doc__day">
          <h4>{formatDay(d, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}</h4>
          <ol className="print-doc__events">
            {shown
              .filter((e) => e.date === d)
              .map((e) => (
                <PrintedEvent key={e.id} e={e} l={l} />
              ))}
          </ol>
        </section>
      ))}
      <h3>Casualty figures</h3>
      <FiguresTable figures={figures} l={l} />
    </section>
  );
}
