/** Ids of the sections a control can take the reader to. */
export const VIEW_FIGURE_ID = 'view-figure';
export const MINERAL_DETAILS_ID = 'mineral-details';
export const HOW_TO_READ_ID = 'how-to-read';
export const FILTERS_ID = 'filters';
/** The mineral page's import shares: where "Show rare-earth import shares" lands. */
export const MINERAL_SHARES_ID = 'mineral-import-shares';
