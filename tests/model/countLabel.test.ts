import { describe, expect, it } from 'vitest';
import { countLabel } from '../../src/model/countLabel';

describe('countLabel', () => {
  it('puts the noun in the number of the count', () => {
    expect(countLabel(1, 'event')).toBe('1 event');
    expect(countLabel(0, 'event')).toBe('0 events');
    expect(countLabel(879, 'place')).toBe('879 places');
    expect(countLabel(2, 'entry', 'entries')).toBe('2 entries');
  });
});
