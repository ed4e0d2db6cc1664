import type { ReactNode } from 'react';
import type { Dataset } from '../../data/schema';
import type { View, ViewId } from '../../state/view';
import type { ViewText } from '../../export/export-meta';

/** What a view may know besides the dataset and the view state: today's date (the timeline marks it). */
export interface DeriveContext {
  /** YYYY-MM-DD, local time. */
  today: string;
}

export interface ViewBodyProps<Derived> {
  derived: Derived;
  /** The width the chart may take, in CSS pixels (measured; a fixed fallback where it cannot be). */
  width: number;
}

/**
 * The one contract every view keeps. The frame (view-figure.tsx) draws the figure, its title, count, legend,
 * source and the export toolbar from these parts; nothing outside a view's module names the view.
 * Its files (image, CSV, JSON) are the contract's second half, `ViewFiles` in export/view-files.ts, loaded
 * after the first view is drawn: the first chart does not wait for export code.
 */
// Methods, not function properties: a ViewModule<Rows> then stands in for ViewModule<unknown> in the registry.
export interface ViewModule<Derived> {
  id: ViewId;
  /** Pure: what the view shows, from the dataset and the view state (src/state/views/*). */
  derive(dataset: Dataset, view: View, context?: DeriveContext): Derived;
  /** How many minerals it shows, said beside the title. */
  count(derived: Derived): number;
  /** Title, subtitle, legend, notes and source: on screen and inside the image. */
  text(derived: Derived, dataset: Dataset, view: View): ViewText;
  /** The chart on screen (Recharts), plus the view's own controls and notes; may read the store. */
  Body(props: ViewBodyProps<Derived>): ReactNode;
  /** What the view's files are called before the filters, e.g. "us-china-exposure-2024". */
  fileSlug(view: View): string;
}

/** A module as the registry holds it: its Derived type is its own business. */
export type AnyViewModule = ViewModule<unknown>;
