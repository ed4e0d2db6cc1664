import { useId, useMemo } from 'react';
import { findMineral } from '../state/derive';
import { editionLabel, importSourcesText, nirLabel, sourceText, worldShareText } from '../state/format';
import type { Mineral } from '../data/schema';
import { useDashboard } from './dashboard-context';
import { MINERAL_DETAILS_ID } from './section-ids';

function MineralFacts({ mineral }: { mineral: Mineral }) {
  const lists = mineral.criticalLists.length > 0 ? mineral.criticalLists.map((list) => `${list} list`).join(', ') : 'not on a critical-minerals list';
  return (
    <div className="mineral-detail__body">
      <p>
        <strong>{mineral.name}</strong> · USGS line “{mineral.usgsLine || 'none'}” · {lists}
      </p>
      {mineral.note !== '' && <p className="mineral-detail__note">{mineral.note}</p>}

      <h3>Net import reliance by edition</h3>
      {mineral.figures.length === 0 ? (
        <p>No USGS figure in any edition’s net import reliance figure or critical-mineral table.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Data year</th>
              <th scope="col">As printed</th>
              <th scope="col">Major import sources</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {mineral.figures.map((figure) => (
              <tr key={figure.edition}>
                <th scope="row">
                  {figure.dataYear} ({editionLabel(figure.edition)})
                </th>
                <td>{nirLabel(figure.nir)}</td>
                <td>{importSourcesText(figure)}</td>
                <td>{sourceText(figure.nirSource)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {mineral.nirSeries.length > 0 && (
        <>
          <h3>As revised in {editionLabel(mineral.nirSeries[0]?.source.edition ?? '')}</h3>
          <ul className="mineral-detail__series">
            {mineral.nirSeries.map((point) => (
              <li key={point.year}>
                {point.year}: {nirLabel(point.nir)} <span className="mineral-detail__source">({sourceText(point.source)})</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Import shares</h3>
      {mineral.importShares ? (
        <>
          <ul className="share-list">
            {mineral.importShares.shares.map((share) => (
              <li key={share.country}>
                {share.country}: {share.percentPrinted}% <span className="mineral-detail__source">(line {share.source.line})</span>
              </li>
            ))}
          </ul>
          <p className="mineral-detail__source">
            {mineral.importShares.period}. {mineral.importShares.note ? `${mineral.importShares.note} ` : ''}Source:{' '}
            {mineral.importShares.source.file}
          </p>
        </>
      ) : (
        <p>USGS prints no percent shares of imports for this line.</p>
      )}

      {mineral.worldProduction.length > 0 && (
        <>
          <h3>Leading world producer</h3>
          <ul>
            {mineral.worldProduction.map((production) => (
              <li key={production.edition}>
                {production.dataYear}: {production.leadingCountry}, {worldShareText(production)}{' '}
                <span className="mineral-detail__source">({sourceText(production.source)})</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {mineral.chinaExportControls.length > 0 && (
        <>
          <h3>China’s export controls</h3>
          <ul>
            {mineral.chinaExportControls.map((control) => (
              <li key={`${control.year}-${control.printed}`}>
                {control.controlType}: {control.printed} <span className="mineral-detail__source">({sourceText(control.source)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function MineralDetail() {
  const headingId = useId();
  const selectId = useId();
  const dataset = useDashboard((state) => state.dataset);
  const selected = useDashboard((state) => state.view.mineralId);
  const selectMineral = useDashboard((state) => state.selectMineral);
  const mineral = findMineral(dataset, selected);
  const options = useMemo(
    () => [...dataset.minerals.minerals].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    [dataset],
  );
  return (
    <section className="panel mineral-detail" id={MINERAL_DETAILS_ID} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        Mineral details
      </h2>
      <div className="control">
        <label htmlFor={selectId}>Mineral</label>
        <select id={selectId} value={mineral?.id ?? ''} onChange={(event) => selectMineral(event.target.value || null)}>
          <option value="">Choose a mineral, or click a bar</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      {mineral && <MineralFacts mineral={mineral} />}
    </section>
  );
}
