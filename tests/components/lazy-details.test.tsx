import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LazyDetails } from '../../src/components/lazy-details';

describe('LazyDetails', () => {
  it('draws its contents only while open, so a closed table costs nothing', () => {
    let drawn = 0;
    const { container } = render(
      <LazyDetails className="data-table" summary="Table of the 3 minerals shown">
        {() => {
          drawn += 1;
          return <table aria-label="Minerals shown"><tbody><tr><td>Gallium</td></tr></tbody></table>;
        }}
      </LazyDetails>,
    );
    expect(screen.getByText('Table of the 3 minerals shown')).toBeDefined();
    expect(screen.queryByRole('table')).toBeNull();
    expect(drawn).toBe(0);
    const details = container.querySelector('details')!;
    act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    expect(screen.getByRole('table', { name: 'Minerals shown' }).textContent).toBe('Gallium');
    act(() => {
      details.open = false;
      details.dispatchEvent(new Event('toggle'));
    });
    expect(screen.queryByRole('table')).toBeNull();
  });
});
