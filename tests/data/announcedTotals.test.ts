import { describe, expect, it } from 'vitest';
import { ANNOUNCED_TOTAL_CLAIMS } from '../../src/model/announcedTotals';
import { newsroomsOf, shippedBundle } from './loadBundle';

describe('the official totals the map is set beside (issue 16, point 6)', () => {
  const b = shippedBundle();
  it.each(ANNOUNCED_TOTAL_CLAIMS)(
    '$eventId is a dated, sourced, attributed claim of more than $moreThan',
    ({ eventId, moreThan }) => {
      const e = b.events.find((x) => x.id === eventId);
      expect(e).toBeDefined();
      expect(e!.status).toBe('claimed');
      expect(e!.actorId).toBe('az-president');
      expect(e!.summary).toContain(`more than ${moreThan}`);
      expect(newsroomsOf(b, e!.sourceIds).size).toBeGreaterThanOrEqual(1);
    },
  );
});
