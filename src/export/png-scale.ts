/** The PNG sizes offered, as multiples of the image's 960 px width (a module of its own: the toolbar's select needs it before the export code loads). */
export const PNG_SCALES = [1, 2, 3, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];
