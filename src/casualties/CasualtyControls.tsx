import type { Casualty } from '../data/schemas';
import type { CasualtyViewModel } from '../model/casualtyViewModel';
import type { SubjectId } from '../state/viewState';

/** The download code loads on the first click: the JS budget is nearly spent. */
const loadExports = () => import('./exports');

interface Props {
  vm: CasualtyViewModel;
  casualties: readonly Casualty[];
  onSubject: (id: SubjectId) => void;
}

/** "Compare": the subject, offering only those with figures (and an old link's, said to have none). */
export function CasualtyControls({ vm, casualties, onSubject }: Props) {
  const { subject, offered, actorsById, sourcesById, lastDay } = vm;
  return (
    <div className="casualty-controls">
      <label className="inline-field">
        <span>Compare</span>
        <select value={subject.id} onChange={(e) => onSubject(e.target.value as SubjectId)}>
          {offered.some((s) => s.id === subject.id) ? null : (
            <option value={subject.id}>{subject.title} (no figures in the record)</option>
          )}
          {offered.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--small"
        onClick={() =>
          void loadExports().then((m) => m.downloadAllFigures(casualties, actorsById, sourcesById, lastDay))
        }
      >
        Download all figures
      </button>
    </div>
  );
}
