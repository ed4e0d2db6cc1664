import { useEffect, useId, useRef } from 'react';
import { revisingEdition } from '../state/derive';
import { editionLabel } from '../state/format';
import { useDashboard } from './dashboard-context';
import { HOW_TO_READ_ID } from './section-ids';

/** The method note, short and for a journalist: what the figures mean and where each comes from. */
export function HowToRead() {
  const headingId = useId();
  const editions = useDashboard((state) => state.dataset.minerals.editions);
  const latest = useDashboard((state) => revisingEdition(state.dataset));
  const ordered = [...editions].sort((a, b) => a.dataYear - b.dataYear);
  const sectionRef = useRef<HTMLElement>(null);
  // This note loads after the first view: a link followed before it arrived lands here once it has.
  useEffect(() => {
    if (window.location.hash === `#${HOW_TO_READ_ID}`) sectionRef.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  return (
    <section ref={sectionRef} className="panel how-to-read" id={HOW_TO_READ_ID} aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId}>How to read this</h2>
      <dl className="how-to-read__terms">
        <dt>Net import reliance (NIR)</dt>
        <dd>
          The share of the U.S. supply of a mineral that is imported, net: (imports − exports ± stock changes) divided by
          apparent consumption. 100% means every tonne used was imported.
        </dd>
        <dt>Apparent consumption</dt>
        <dd>U.S. production plus imports, minus exports, plus or minus changes in stocks: what was used, as USGS estimates it.</dd>
        <dt>“&gt;75”, “&lt;25” and other bounds</dt>
        <dd>
          USGS withholds the exact figure and prints a bound: “&gt;75” means more than 75%, “&lt;25” less than 25%. The
          charts draw a bound as a bound (an arrow or a dashed box), never as a value, and a bound counts in the level of
          its bound (“&gt;75” in 75–99%).
        </dd>
        <dt>E, W and NA</dt>
        <dd>
          E: a net exporter (more is exported than imported). W: withheld to avoid disclosing a company’s data. NA: not
          available. None of them is a zero; the charts say them in words.
        </dd>
        <dt>The 14 lanthanides and “rare earths”</dt>
        <dd>
          The 2022 list of critical minerals names 14 lanthanides (cerium to ytterbium) one by one, but USGS reports them
          together as “rare earths, compounds and metals”. Counted the list’s way, each lanthanide carries that one
          figure: that is how the article’s counts of minerals at 100% and at 50% or more are made. Turned off, the
          switch “Show lanthanides individually” draws them as one “Rare earths” bar instead.
        </dd>
        <dt>Editions and revisions</dt>
        <dd>
          Each Mineral Commodity Summaries edition reports the year before it (MCS 2025 → data year 2024). A later edition
          can revise an earlier year: the charts show the value as first published and mark the revision (†), and
          “Over time” shows both. Revisions here come from {editionLabel(latest.edition)}.
        </dd>
        <dt>China and Hong Kong</dt>
        <dd>Where USGS says so, imports from Hong Kong are counted with China’s share.</dd>
      </dl>
      <h3>Where each file comes from</h3>
      <ul className="how-to-read__editions">
        {ordered.map((edition) => (
          <li key={edition.edition}>
            {edition.title} (data year {edition.dataYear}, published {edition.published}
            {edition.doi ? `, data release doi:${edition.doi}` : ''}): {edition.files.join(', ')}.
          </li>
        ))}
      </ul>
      <p>
        The files are the U.S. Geological Survey’s, public domain, kept as published in <code>data/usgs/</code>; every figure
        on this page names its file and line. Which minerals an export-control item names is our reading of the table’s
        wording (<code>data/README.md</code>).
      </p>
    </section>
  );
}
