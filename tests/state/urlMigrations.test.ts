import { describe, expect, it } from 'vitest';
import { migrateSearch, renameParam, urlMigrations, type UrlMigration } from '../../src/state/urlMigrations';
import { parseViewState } from '../../src/state/viewState';

describe('URL migrations', () => {
  // One test per migration, from the example it carries: an old link reads as the new one.
  it.each(urlMigrations.map((m) => [m.name, m] as const))('%s', (_name, m) => {
    expect(migrateSearch(m.example.from, [m])).toBe(m.example.to);
    expect(migrateSearch(m.example.from)).toBe(migrateSearch(m.example.to));
    expect(parseViewState(m.example.from)).toEqual(parseViewState(m.example.to));
  });

  it('leaves a current link as it is', () => {
    const current = '?from=2020-10-01&to=2020-10-10&region=az-lac&types=drone-strike&measure=missing';
    expect(migrateSearch(current)).toBe(
      urlMigrations.length ? migrateSearch(migrateSearch(current)) : current,
    );
    expect(parseViewState(current).region).toBe('az-lac');
  });
});

describe('the migration machinery', () => {
  const byTwo: UrlMigration = {
    name: 'test: win=a-b split into from and to',
    migrate: (p) => {
      const [from, to] = (p.get('win') ?? '').split('_');
      p.delete('win');
      if (from && to) {
        p.set('from', from);
        p.set('to', to);
      }
    },
    example: { from: '?win=2020-10-01_2020-10-05', to: '?from=2020-10-01&to=2020-10-05' },
  };

  it('applies migrations in order, each on the output of the one before', () => {
    const chain = [renameParam('test: range renamed win', 'range', 'win'), byTwo];
    expect(migrateSearch('?range=2020-10-01_2020-10-05', chain)).toBe('?from=2020-10-01&to=2020-10-05');
    expect(parseViewState(migrateSearch('?range=2020-10-01_2020-10-05', chain))).toMatchObject({
      from: '2020-10-01',
      to: '2020-10-05',
    });
  });

  it('a rename moves the value and keeps the new form when both are present', () => {
    const m = renameParam('test: district renamed region', 'district', 'region');
    expect(migrateSearch(m.example.from, [m])).toBe(m.example.to);
    expect(migrateSearch('?district=az-lac&q=Lachin', [m])).toBe('?q=Lachin&region=az-lac');
    expect(migrateSearch('?district=az-kal&region=az-lac', [m])).toBe('?region=az-lac');
  });

  it('is a no-op on a query without the old form', () => {
    expect(migrateSearch('?q=Ganja', [byTwo])).toBe('?q=Ganja');
    expect(migrateSearch('', [byTwo])).toBe('');
  });
});
