import type { CriticalList, DataYear, Edition, EditionInfo, SourceRef } from '../schema';

/** The three Mineral Commodity Summaries editions (data/usgs/SOURCES.md). */
export const EDITION_INFO: readonly EditionInfo[] = [
  {
    edition: 'MCS2024',
    dataYear: 2023,
    title: 'Mineral Commodity Summaries 2024',
    // SOURCES.md says only "early 2024".
    published: '2024-01',
    importSourcesPeriod: '2019–22',
    doi: null,
    reportUrl: 'https://pubs.usgs.gov/periodicals/mcs2024/mcs2024.pdf',
  },
  {
    edition: 'MCS2025',
    dataYear: 2024,
    title: 'Mineral Commodity Summaries 2025',
    published: '2025-01-31',
    importSourcesPeriod: '2020–23',
    doi: null,
    reportUrl: 'https://pubs.usgs.gov/periodicals/mcs2025/mcs2025.pdf',
  },
  {
    edition: 'MCS2026',
    dataYear: 2025,
    title: 'Mineral Commodity Summaries 2026',
    published: '2026-02-06',
    importSourcesPeriod: '2021–24',
    doi: '10.5066/P1WKQ63T',
    reportUrl: 'https://pubs.usgs.gov/periodicals/mcs2026/mcs2026.pdf',
  },
];

export const LIST_INFO: readonly Omit<CriticalList, 'count'>[] = [
  { id: '2022', name: '2022 Final List of Critical Minerals', source: 'Federal Register, 2022-02-24 (FR Doc. 2022-04027)' },
  { id: '2025', name: '2025 Final List of Critical Minerals', source: 'Federal Register, 2025-11-07' },
];

export function editionInfo(edition: Edition): EditionInfo {
  const info = EDITION_INFO.find((candidate) => candidate.edition === edition);
  if (!info) throw new Error(`Unknown edition ${edition}`);
  return info;
}

export function dataYearOf(edition: Edition): DataYear {
  return editionInfo(edition).dataYear;
}

export function sourceRef(file: string, edition: Edition, line: number): SourceRef {
  return { file, edition, line };
}
