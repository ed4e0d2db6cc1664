/** Ids of the sections a control can take the reader to. */
export const RELIANCE_CHART_ID = 'reliance-chart';
export const MINERAL_DETAILS_ID = 'mineral-details';
