import { edgeSelection, formatState, initialState, parseEdgeSelection, parseState } from '../../../src/dashboard/client/state';

describe('dashboard state in the URL', () => {
  it('writes nothing for the default view, and reads it back', () => {
    expect(formatState(initialState)).toBe('');
    expect(parseState('')).toEqual(initialState);
  });

  it('round-trips every part of a shared view', () => {
    const state = {
      view: 'network' as const,
      actor: 'person:adam-boehler',
      kinds: ['talks', 'attack'],
      from: '2023-10-01',
      to: '2025-03-31',
      zoom: { start: '2017-01-01', end: '2024-01-01' },
      rollUp: false,
      edges: 500,
      selected: edgeSelection('org:hamas', 'person:adam-boehler'),
      passage: { articleId: 'article:us-hamas-direct-talks', start: 120, end: 188 },
    };
    const search = formatState(state);
    expect(search).toContain('actor=person%3Aadam-boehler');
    expect(parseState(search)).toEqual(state);
  });

  it('drops what is malformed instead of breaking the page', () => {
    const state = parseState('?view=map&from=last+year&to=2023-13&zoom=2024-01-01..2020-01-01&edges=7&article=article:x&start=50&end=10');
    expect(state).toEqual({ ...initialState });
  });

  it('reads an edge selection back into its two actors, and nothing else as one', () => {
    expect(parseEdgeSelection('edge:org:hamas|org:united-states')).toEqual({ source: 'org:hamas', target: 'org:united-states' });
    expect(parseEdgeSelection('org:hamas')).toBeNull();
    expect(parseEdgeSelection(null)).toBeNull();
  });
});
