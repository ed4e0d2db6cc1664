/** Ids of the sections a control can take the reader to. */
export const VIEW_FIGURE_ID = 'view-figure';
export const MINERAL_DETAILS_ID = 'mineral-details';
