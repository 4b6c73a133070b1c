import { judge, luceneWords, type Found } from '../../../src/draft/resolve';

const found = (id: string, name: string, score: number, exact = false): Found => ({ id, name, score, exact });

describe('judge (entity resolution rules)', () => {
  it('reuses the id of the one entity whose name or alias equals the mention', () => {
    const resolution = judge('Hamas', [found('org:hamas', 'Hamas', 3.1, true), found('org:hamas-official', 'Hamas official', 1.2)]);
    expect(resolution).toMatchObject({ kind: 'existing', id: 'org:hamas', confidence: 0.95, candidates: [] });
  });

  it('reuses the best of several exact matches with less confidence, listing them for the reviewer', () => {
    const resolution = judge('Alexander', [
      found('person:edan-alexander', 'Edan Alexander', 2, true),
      found('person:alexander-x', 'Alexander X', 1.5, true),
    ]);
    expect(resolution).toMatchObject({ kind: 'existing', id: 'person:edan-alexander', confidence: 0.6 });
    expect(resolution.candidates.map((c) => c.id)).toEqual(['person:edan-alexander', 'person:alexander-x']);
  });

  it('reuses the one candidate whose name holds every word of the mention, or whose words the mention holds', () => {
    expect(judge('Trump', [found('person:donald-trump', 'Donald Trump', 1.4)])).toMatchObject({
      kind: 'existing',
      id: 'person:donald-trump',
      confidence: 0.7,
    });
    expect(judge('President Donald Trump', [found('person:donald-trump', 'Donald Trump', 1.4)])).toMatchObject({
      kind: 'existing',
      id: 'person:donald-trump',
    });
  });

  it('gives a new id when the candidates only share some words, and lists them with their scores', () => {
    const resolution = judge('Egyptian officials', [found('org:israeli-officials', 'Israeli officials', 0.9)]);
    expect(resolution).toEqual({ kind: 'new', candidates: [{ id: 'org:israeli-officials', name: 'Israeli officials', score: 0.9 }] });
  });

  it('gives a new id with no candidates when the graph has none', () => {
    expect(judge('Khalil al-Hayya', [])).toEqual({ kind: 'new', candidates: [] });
  });

  it('gives a new id when two candidates fit equally well', () => {
    const resolution = judge('Witkoff', [
      found('person:steve-witkoff', 'Steve Witkoff', 1),
      found('person:jane-witkoff', 'Jane Witkoff', 1),
    ]);
    expect(resolution.kind).toBe('new');
  });
});

describe('luceneWords', () => {
  it('escapes Lucene syntax so a name is searched as words', () => {
    expect(luceneWords('al-Hayya (Hamas)')).toBe('al Hayya Hamas');
    expect(luceneWords('"quoted" AND*')).toBe('quoted AND');
  });
});
