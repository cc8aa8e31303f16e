import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/data/schemas';
import { indexById } from '../../src/model/indexById';
import { SourceList } from '../../src/ui/SourceList';
import { sources } from '../fixtures/bundle';

const hostile: Source = {
  ...sources[0],
  id: 'src-js',
  publisher: 'Hostile Site',
  url: 'javascript:alert(1)',
};
const byId = indexById([...sources, hostile]);

describe('SourceList', () => {
  it('links each known source once, by its publisher, in a new tab without handing over the page', () => {
    const { container } = render(
      <p>
        <SourceList ids={['src-a', 'missing', 'src-b', 'src-a']} sourcesById={byId} />
      </p>,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['Fixture Agency', 'Other Wire']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/a',
      'https://example.net/b',
    ]);
    for (const a of links) {
      expect(a).toHaveAttribute('target', '_blank');
      expect(a).toHaveAttribute('rel', 'noopener noreferrer');
    }
    expect(container.textContent).toBe('Fixture Agency · Other Wire');
  });

  it('shows a source whose address is not http(s) as text, never as a link', () => {
    render(
      <p>
        <SourceList ids={['src-js']} sourcesById={byId} />
      </p>,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Hostile Site')).toBeInTheDocument();
  });

  it('names links "Publisher, date" when dated, keeps at most `max`, and passes the tab index on', () => {
    render(
      <p>
        <SourceList ids={['src-a', 'src-b']} sourcesById={byId} dated max={1} tabIndex={-1} />
      </p>,
    );
    const link = screen.getByRole('link', { name: 'Fixture Agency, 2020-10-04' });
    expect(link).toHaveAttribute('tabindex', '-1');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});
