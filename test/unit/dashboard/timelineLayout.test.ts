import { layoutTimeline, toMs, zoomWindow, type TimelineEvent } from '../../../src/dashboard/client/timelineLayout';

function event(
  id: string,
  precision: TimelineEvent['date']['precision'],
  earliest: string | null,
  latest: string | null,
  sequence = 0,
): TimelineEvent {
  return { id, kind: 'talks', title: id, sequence, date: { text: null, precision, earliest, latest } };
}

// The seed's dates, as the API gives them.
const designation = event('designation', 'YEAR', '1997-01-01', '1997-12-31');
const accords = event('accords', 'RANGE', '2017-01-20', '2021-01-20');
const raid = event('raid', 'DAY', '2023-10-07', '2023-10-07');
const talks = event('talks', 'UNKNOWN', '2023-10-07', null, 1);
const remarks = event('remarks', 'UNKNOWN', '2023-10-07', null, 2);
const nomination = event('nomination', 'UNKNOWN', null, null);

describe('timeline layout', () => {
  const layout = layoutTimeline([designation, accords, raid, talks, remarks, nomination], 1000);
  const placed = (id: string) => layout.dated.find((item) => item.event.id === id)!;

  it('draws a day as a point, a year or range as a bar, in date order', () => {
    expect(placed('designation').shape).toBe('bar');
    expect(placed('accords').shape).toBe('bar');
    expect(placed('raid').shape).toBe('point');
    expect(placed('designation').x1).toBeLessThan(placed('accords').x1);
    expect(placed('accords').x2).toBeLessThan(placed('raid').x1);
    // A bar spans its interval: the four years of the accords are four times the width of 1997.
    const width = (id: string) => placed(id).x2 - placed(id).x1;
    expect(width('accords') / width('designation')).toBeCloseTo(4, 0);
  });

  it('keeps undated events off the axis, in their lane, in the order given', () => {
    expect(layout.dated.map((item) => item.event.id)).toEqual(['designation', 'accords', 'raid']);
    expect(layout.undated.map((item) => item.id)).toEqual(['talks', 'remarks', 'nomination']);
  });

  it('draws a dated start with no known end as an open bar to the edge of the window', () => {
    const open = layoutTimeline([raid, event('war', 'YEAR', '2023-01-01', null)], 800);
    const war = open.dated.find((item) => item.event.id === 'war')!;
    expect(war.shape).toBe('open');
    expect(war.x2).toBe(800);
  });

  it('puts marks whose labels would overlap on different rows', () => {
    const crowded = layoutTimeline(
      [
        event('a', 'DAY', '2023-10-07', '2023-10-07'),
        event('b', 'DAY', '2023-10-08', '2023-10-08'),
        event('c', 'DAY', '2020-01-01', '2020-01-01'),
      ],
      1000,
    );
    const rows = new Map(crowded.dated.map((item) => [item.event.id, item.row]));
    expect(rows.get('a')).not.toBe(rows.get('b'));
    expect(crowded.rows).toBe(2);
  });

  it('zooms into a window, counting the events left outside it', () => {
    const window = { start: toMs('2017-01-01'), end: toMs('2024-01-01') };
    const zoomed = layoutTimeline([designation, accords, raid], 700, window);
    expect(zoomed.hidden).toBe(1);
    expect(zoomed.dated.map((item) => item.event.id)).toEqual(['accords', 'raid']);
    expect(zoomed.ticks.map((tick) => tick.label)).toContain('2020');
    const closer = zoomWindow(window, 0.5);
    expect(closer.end - closer.start).toBeCloseTo((window.end - window.start) / 2, -8);
  });
});
