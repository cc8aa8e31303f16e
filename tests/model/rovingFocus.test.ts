import { describe, expect, it } from 'vitest';
import { rovingTarget } from '../../src/model/rovingFocus';

describe('rovingTarget', () => {
  const ids = ['a', 'b', 'c'];
  it('steps with the arrow keys and wraps at both ends', () => {
    expect(rovingTarget(ids, 'a', 'ArrowRight')).toBe('b');
    expect(rovingTarget(ids, 'b', 'ArrowDown')).toBe('c');
    expect(rovingTarget(ids, 'c', 'ArrowRight')).toBe('a');
    expect(rovingTarget(ids, 'a', 'ArrowLeft')).toBe('c');
    expect(rovingTarget(ids, 'b', 'ArrowUp')).toBe('a');
  });
  it('jumps with Home and End, and ignores other keys', () => {
    expect(rovingTarget(ids, 'b', 'Home')).toBe('a');
    expect(rovingTarget(ids, 'b', 'End')).toBe('c');
    expect(rovingTarget(ids, 'b', 'Enter')).toBeUndefined();
    expect(rovingTarget([], undefined, 'ArrowRight')).toBeUndefined();
  });
  it('starts from the first item when none is current', () => {
    expect(rovingTarget(ids, undefined, 'ArrowRight')).toBe('b');
  });
});
