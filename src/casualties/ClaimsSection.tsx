import { ChartFrame } from '../ui/ChartFrame';
import { WAR_END } from '../data/calendar';
import type { CasualtyViewModel } from '../model/casualtyViewModel';
import { ClaimsAgainstOwn } from './ClaimsAgainstOwn';
import { ComparedPanel } from './ComparedPanel';
import { ComparedTable } from './ComparedTable';

/** The download code loads on the first click: the JS budget is nearly spent. */
const loadExports = () => import('./exports');

/** Both panels' figures as one CSV, loading the export code only now. */
function downloadClaimsCsv({ latest, atWarEnd, knownOn, actorsById, sourcesById }: CasualtyViewModel) {
  const figuresOf = (groups: CasualtyViewModel['latest']) =>
    groups.flatMap((g) => g.claims.map((c) => c.figure));
  void loadExports().then((m) =>
    m.downloadComparedCsv(
      [
        { asKnownOn: knownOn, figures: figuresOf(latest) },
        { asKnownOn: WAR_END, figures: figuresOf(atWarEnd) },
      ],
      actorsById,
      sourcesById,
    ),
  );
}

/** Claims compared, as known on the end date and at the end of the war, then claims against own counts. */
export function ClaimsSection({ vm }: { vm: CasualtyViewModel }) {
  const { latest, atWarEnd, latestTitle, endTitle, actorsById, sourcesById } = vm;
  const downloadCsv = () => downloadClaimsCsv(vm);
  return (
    <>
      <ChartFrame
        id="claims"
        caption="Claims compared: the dead as each side and third parties reported them"
        table={
          <>
            <ComparedTable
              groups={latest}
              caption={latestTitle}
              actorsById={actorsById}
              sourcesById={sourcesById}
            />
            <ComparedTable
              groups={atWarEnd}
              caption={endTitle}
              actorsById={actorsById}
              sourcesById={sourcesById}
            />
          </>
        }
        actions={
          <button type="button" className="button button--small" onClick={downloadCsv}>
            Download CSV
          </button>
        }
      >
        <div className="compared">
          <ComparedPanel
            groups={latest}
            title={latestTitle}
            actorsById={actorsById}
            sourcesById={sourcesById}
          />
          <ComparedPanel
            groups={atWarEnd}
            title={endTitle}
            actorsById={actorsById}
            sourcesById={sourcesById}
          />
        </div>
      </ChartFrame>
      <p className="how-to-read">
        <strong>How to read this:</strong> each bar is one reporter’s latest figure by the panel’s date,
        scaled within its group; an outlined bar is a figure that is not a death toll.
      </p>
      <ClaimsAgainstOwn rows={vm.againstOwn} actorsById={actorsById} />
    </>
  );
}
