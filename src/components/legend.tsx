import type { LegendItem, LegendSwatch } from '../charts/legend-items';
import { BAR_OUTLINE, DASH, INK, PAPER } from '../charts/theme';

/** The same swatch kinds the exported image draws (export/svg-frame.ts), as a 14 px icon. */
export function LegendSwatchIcon({ swatch }: { swatch: LegendSwatch }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" className="legend__swatch">
      {swatch.kind === 'square' && <rect x="0.5" y="0.5" width="13" height="13" fill={swatch.fill} stroke={BAR_OUTLINE} strokeWidth="0.75" />}
      {swatch.kind === 'ring' && <circle cx="7" cy="7" r="4.5" fill={PAPER} stroke={swatch.stroke} strokeWidth="2" />}
      {swatch.kind === 'dot' && <circle cx="7" cy="7" r="5.5" fill={swatch.fill} stroke={BAR_OUTLINE} strokeWidth="0.75" />}
      {swatch.kind === 'diamond' && <polygon points="7,0.5 13.5,7 7,13.5 0.5,7" fill={swatch.fill} stroke={BAR_OUTLINE} strokeWidth="0.75" />}
      {swatch.kind === 'line' && (
        <line x1="0" y1="7" x2="14" y2="7" stroke={swatch.stroke} strokeWidth="2.5" strokeDasharray={swatch.dashed ? DASH : undefined} />
      )}
      {swatch.kind === 'arrow' && <polygon points="1,1 12,7 1,13" fill={swatch.fill} />}
      {swatch.kind === 'dagger' && (
        <text x="7" y="12" textAnchor="middle" fontSize="13" fill={INK}>
          †
        </text>
      )}
      {swatch.kind === 'dashed' && (
        <rect x="0.5" y="0.5" width="13" height="13" fill={swatch.fill} fillOpacity={0.3} stroke={BAR_OUTLINE} strokeDasharray={DASH} />
      )}
    </svg>
  );
}

/** A view's legend on screen: the items its image carries too. */
export function Legend({ items }: { items: readonly LegendItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.key}>
          <LegendSwatchIcon swatch={item.swatch} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
