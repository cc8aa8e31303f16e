import { forwardRef } from 'react';
import { useManifest } from '../data/queries';
import { ExternalLink } from '../ui/ExternalLink';

/** What this is, how it was made, and every dataset's licence and credit (from manifest.json). */
export const AboutDialog = forwardRef<HTMLDialogElement>(function AboutDialog(_props, ref) {
  const manifest = useManifest();
  return (
    <dialog ref={ref} className="about" aria-labelledby="about-title">
      <div className="about__head">
        <h2 id="about-title">About this dashboard</h2>
        <form method="dialog">
          <button type="submit" className="button button--quiet" aria-label="Close About">
            Close
          </button>
        </form>
      </div>
      <p>
        An open record of the war of 27 September – 10 November 2020 over Nagorno-Karabakh, for journalists,
        researchers, students and fact-checkers. It shows what each side and independent observers{' '}
        <em>said</em>, when they said it, and about where — not a verdict on what happened.
      </p>
      <h3>Method</h3>
      <ul>
        <li>
          Every record cites at least one dated source (publisher, title, date, link); key events and figures
          cite two independent ones where they exist.
        </li>
        <li>
          A figure is a claim: who announced it, when, and the date it counts up to. Two sides' figures are
          never merged into one number; revisions are kept, not overwritten.
        </li>
        <li>
          Events carry a status: <strong>claimed</strong> (one party says so), <strong>denied</strong> (the
          other party denied it), <strong>corroborated</strong> (independent reports agree) or{' '}
          <strong>verified</strong> (a named independent investigation).
        </li>
        <li>
          Summaries are short and in our own words; places carry both toponyms where they differ (Stepanakert
          / Khankendi, Shushi / Shusha).
        </li>
      </ul>
      <h3>Neutrality</h3>
      <p>
        Our own text attributes every claim and avoids either side&apos;s vocabulary. Source titles are quoted
        as published and may use it.
      </p>
      <h3>Download the data</h3>
      <p>
        Every file is open, with no login, under <code>/data/</code>. The tables are UTF-8 CSV, one row per
        record, with ids and readable names; a list in one cell is joined with &ldquo;; &rdquo;.{' '}
        <code>datapackage.json</code> describes every column (type, allowed values, keys, licence) in the
        Frictionless format.
      </p>
      <ul className="about__downloads">
        {['events', 'casualties', 'sources', 'places', 'actors'].map((t) => (
          <li key={t}>
            <a href={`data/${t}.csv`} download>
              {t}.csv
            </a>{' '}
            · <a href={`data/${t}.json`}>{t}.json</a>
          </li>
        ))}
        <li>
          <a href="data/regions.geojson">regions.geojson</a> (map shapes) ·{' '}
          <a href="data/datapackage.json">datapackage.json</a> ·{' '}
          <a href="data/manifest.json">manifest.json</a> · <a href="data/CHANGELOG.md">CHANGELOG.md</a> (what
          changed in each data version)
        </li>
      </ul>
      <h3>Data and licences</h3>
      {manifest.isSuccess ? (
        <>
          <p>
            Data version {manifest.data.version}, updated {manifest.data.built}. The data are under the
            licences below; the code is MIT-licensed.
          </p>
          <ul className="about__licences">
            {manifest.data.licences.map((l) => (
              <li key={l.dataset}>
                <strong>{l.dataset}</strong> — {l.licence}. {l.attribution}{' '}
                <span className="muted">({l.usedFor})</span>{' '}
                {l.url ? <ExternalLink href={l.url}>link</ExternalLink> : null}
              </li>
            ))}
          </ul>
        </>
      ) : manifest.isError ? (
        <p role="alert">The list of licences (manifest.json) could not be loaded: {manifest.error.message}</p>
      ) : (
        <p>Loading the list of licences…</p>
      )}
      <p>
        Online map tiles, when switched on: © OpenStreetMap contributors, ODbL. Off by default: the default
        map is drawn from the bundle and makes no request to any other host.
      </p>
    </dialog>
  );
});
