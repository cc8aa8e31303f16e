/** Off by default: the offline map makes no request beyond this site. */
export function OnlineTilesSwitch({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="switch">
      <input type="checkbox" role="switch" checked={on} onChange={(e) => onChange(e.target.checked)} />
      <span>Online map tiles</span>
    </label>
  );
}
