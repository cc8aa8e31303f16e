import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { WAR_END, WAR_START } from '../../src/data/calendar';
import { DateSlider } from '../../src/timeline/DateSlider';

function Harness({ start }: { start: string }) {
  const [value, setValue] = useState(start);
  return <DateSlider label="End date" value={value} min={WAR_START} max={WAR_END} onChange={setValue} />;
}

describe('date slider', () => {
  it('is a slider named by its label that reads the date aloud', () => {
    render(<Harness start="2020-10-17" />);
    const slider = screen.getByRole('slider', { name: /End date/ });
    expect(slider).toHaveAttribute('aria-valuetext', 'Saturday, October 17, 2020');
    expect(slider).toHaveValue('20');
  });

  it('Page Up and Page Down move a week, and stop at the ends', () => {
    render(<Harness start="2020-10-17" />);
    const slider = screen.getByRole('slider', { name: /End date/ });
    fireEvent.keyDown(slider, { key: 'PageUp' });
    expect(slider).toHaveAttribute('aria-valuetext', 'Saturday, October 24, 2020');
    fireEvent.keyDown(slider, { key: 'PageDown' });
    fireEvent.keyDown(slider, { key: 'PageDown' });
    expect(slider).toHaveAttribute('aria-valuetext', 'Saturday, October 10, 2020');
    for (let i = 0; i < 10; i++) fireEvent.keyDown(slider, { key: 'PageUp' });
    expect(slider).toHaveAttribute('aria-valuetext', 'Tuesday, November 10, 2020');
  });

  it('a change of the input moves by whole days', () => {
    render(<Harness start="2020-09-27" />);
    const slider = screen.getByRole('slider', { name: /End date/ });
    fireEvent.change(slider, { target: { value: '1' } });
    expect(slider).toHaveAttribute('aria-valuetext', 'Monday, September 28, 2020');
  });
});
