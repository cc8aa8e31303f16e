import type { Actor, Casualty, Source } from '../data/schemas';
import { casualtyViewModel } from '../model/casualtyViewModel';
import { useDeferredViewState } from '../state/useDeferredViewState';
import { PANES } from '../ui/panes';
import { CasualtyControls } from './CasualtyControls';
import { ClaimsSection } from './ClaimsSection';
import { RevisionsSection } from './RevisionsSection';

interface Props {
  casualties: Casualty[];
  actors: Actor[];
  sources: Source[];
}

/** The casualty pane: it draws what src/model/casualtyViewModel.ts derives from the bundle and the URL. */
export function CasualtyView({ casualties, actors, sources }: Props) {
  const [state, write] = useDeferredViewState();
  const vm = casualtyViewModel({ casualties, actors, sources }, state);

  return (
    <section className="pane pane--casualties" id={PANES.casualties.id} aria-label={PANES.casualties.label}>
      <div className="pane__head">
        <h2>Casualties</h2>
        <p className="pane__range">
          As known on: <strong>{vm.knownLabel}</strong>
        </p>
      </div>
      <p className="pane__lede">
        Each side&apos;s own official figures as announced and revised, beside the other side&apos;s claims
        and third-party estimates. Figures are never merged; a value holds until its reporter&apos;s next
        announcement.
        {vm.showsLatest ? '' : ' Move the timeline’s end date to 10 Nov to see everything published since.'}
      </p>
      <CasualtyControls
        vm={vm}
        casualties={casualties}
        onSubject={(subject) => write({ subject, series: [], off: [] })}
      />
      <RevisionsSection vm={vm} span={state.span} write={write} />
      <ClaimsSection vm={vm} />
    </section>
  );
}
