import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { Header } from '../../src/app/Header';
import { renderWithClient } from '../renderWithClient';

const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as {
  version: string;
  built: string;
};

describe('the header', () => {
  it('shows the data version and the day of the update from manifest.json, not today', () => {
    renderWithClient(<Header />);
    expect(screen.getByText(`Data version ${manifest.version}, updated ${manifest.built}`)).toBeVisible();
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('"Share" copies the link to the view where the browser has no share sheet, and says so', async () => {
    window.history.replaceState(null, '', '/?from=2020-10-04&to=2020-10-05');
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithClient(<Header />);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Link copied'));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?from=2020-10-04&to=2020-10-05`);
  });

  it('"Share" opens the share sheet where the browser has one', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      renderWithClient(<Header />);
      await userEvent.click(screen.getByRole('button', { name: 'Share' }));
      await waitFor(() =>
        expect(share).toHaveBeenCalledWith({ title: document.title, url: `${window.location.origin}/` }),
      );
      expect(screen.getByRole('status')).toHaveTextContent('');
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });
});
