import { useId, useMemo } from 'react';
import { checkClaims, type ClaimCheck } from '../state/derive';
import { useDashboard } from './dashboard-context';
import { HowToReadLink } from './how-to-read-link';
import { MINERAL_DETAILS_ID, MINERAL_SHARES_ID, VIEW_FIGURE_ID } from './section-ids';

/** Scrolls an element to the top of the screen and gives it the focus. */
function landOn(target: Element | null | undefined): void {
  if (!(target instanceof HTMLElement)) return;
  target.scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: true });
}

function ClaimCard({ check }: { check: ClaimCheck }) {
  const headingId = useId();
  const applyView = useDashboard((state) => state.applyView);
  const { claim } = check;
  const matches = check.verdict === 'matches';
  return (
    <article className="claim-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="claim-card__quote">
        “{claim.quote}”
      </h3>
      <p className="claim-card__said-by">{claim.saidBy}</p>
      <dl className="claim-card__figures">
        <div>
          <dt>Article</dt>
          <dd className="claim-card__figure">{claim.figure}</dd>
        </div>
        <div>
          <dt>{check.dataLabel}</dt>
          <dd className="claim-card__figure" data-testid="claim-data-figure">
            {check.dataFigure}
          </dd>
        </div>
      </dl>
      <p className={`verdict verdict--${check.verdict}`}>
        <span aria-hidden="true">{matches ? '✓ ' : '≠ '}</span>
        {matches ? 'Matches' : 'Differs'}
      </p>
      <p className="claim-card__explanation">{check.explanation}</p>
      {claim.usgsQuote && (
        <blockquote className="claim-card__usgs-quote">
          “{claim.usgsQuote.text}” <cite>{claim.usgsQuote.source}</cite>
        </blockquote>
      )}
      <details className="claim-card__rule">
        <summary>Counting rule</summary>
        <p>{claim.rule}</p>
        <p>
          <HowToReadLink>How to read this: bounds, lanthanides, editions</HowToReadLink>
        </p>
      </details>
      <button
        type="button"
        className="outline-button claim-card__apply"
        onClick={(event) => {
          const button = event.currentTarget;
          applyView(check.view);
          // Take the reader, and the keyboard focus, to what the card just changed.
          if (!check.view.mineralId) {
            requestAnimationFrame(() => landOn(document.getElementById(VIEW_FIGURE_ID)?.querySelector('h2')));
            return;
          }
          // The mineral page renders after the store changes (its code may still be loading) and then takes the focus
          // itself, noting this button as the place Close returns to. Land on its import shares after that: once the
          // page holds the focus, or three frames after the shares appear. Give up after about two seconds, or as
          // soon as the reader has moved the focus somewhere else.
          let frames = 0;
          let seenAt = -1;
          const step = () => {
            frames += 1;
            const details = document.getElementById(MINERAL_DETAILS_ID);
            const active = document.activeElement;
            if (active !== button && active !== document.body && !details?.contains(active)) return;
            const shares = document.getElementById(MINERAL_SHARES_ID);
            if (shares && seenAt < 0) seenAt = frames;
            if (shares && (details?.contains(active) || frames - seenAt >= 3)) return landOn(shares);
            if (frames < 120) requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        }}
      >
        {claim.measure === 'china-share-rare-earths' ? 'Show rare-earth import shares' : `Show the ${check.dataFigure} minerals`}
      </button>
    </article>
  );
}

export function ClaimsPanel() {
  const dataset = useDashboard((state) => state.dataset);
  const dataYear = useDashboard((state) => state.view.dataYear);
  const checks = useMemo(() => checkClaims(dataset, dataYear), [dataset, dataYear]);
  const headingId = useId();
  return (
    <section className="panel claims" aria-labelledby={headingId}>
      <h2 id={headingId}>Article claims</h2>
      <p className="panel__intro">
        The article’s three figures beside what the USGS data give for data year {dataYear}. Counts are computed from the
        dataset under the rule shown on each card.
      </p>
      <div className="claims__grid">
        {checks.map((check) => (
          <ClaimCard key={check.claim.id} check={check} />
        ))}
      </div>
    </section>
  );
}
