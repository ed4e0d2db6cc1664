import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '../../src/components/dataset-error';
import type { DatasetProblem } from '../../src/data/load-dataset';

const schemaProblem: DatasetProblem = {
  kind: 'schema',
  title: 'The dataset failed validation (22 problems)',
  details: ['gallium · figures[0].nir.value: Too big: expected number to be <=100', 'minerals.editions[1].dataYear: Too small: expected number to be >=1900'],
  more: 20,
  advice: 'The dashboard draws nothing rather than show figures it cannot trust.',
};

const networkProblem: DatasetProblem = {
  kind: 'network',
  title: 'The dataset could not be reached',
  details: ['Failed to fetch'],
  more: 0,
  advice: 'Check your internet connection, then press Retry.',
};

describe('DatasetError', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('says what failed, each problem, how many more, and what to do', () => {
    vi.stubEnv('DEV', false);
    const { container } = render(<DatasetError problem={schemaProblem} onRetry={() => {}} />);
    expect(screen.getByRole('alert').textContent).toBe('The dataset failed validation (22 problems)');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(schemaProblem.details);
    expect([...container.querySelectorAll('p')].map((paragraph) => paragraph.textContent)).toEqual([
      'Each problem, with the mineral and the field it concerns:',
      'and 20 more',
      'The dashboard draws nothing rather than show figures it cannot trust.',
    ]);
  });

  it('retries when Retry is pressed', async () => {
    const onRetry = vi.fn();
    render(<DatasetError problem={networkProblem} onRetry={onRetry} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('tells a developer to regenerate the data', () => {
    vi.stubEnv('DEV', true);
    render(<DatasetError problem={schemaProblem} onRetry={() => {}} />);
    expect(screen.getByText(/to regenerate/).textContent).toBe(
      'In development: if you changed the data, run npm run data to regenerate data/minerals.json from the USGS files in data/usgs/.',
    );
  });

  it('never tells a reader of the deployed site to run npm run data', () => {
    vi.stubEnv('DEV', false);
    render(<DatasetError problem={schemaProblem} onRetry={() => {}} />);
    expect(document.body.textContent).not.toContain('npm run data');
  });

  it('does not offer regenerating the data for a network failure', () => {
    vi.stubEnv('DEV', true);
    render(<DatasetError problem={networkProblem} onRetry={() => {}} />);
    expect(document.body.textContent).not.toContain('npm run data');
  });
});
