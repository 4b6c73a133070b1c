import { splitAtPassage } from '../../../src/dashboard/client/passage';

describe('splitAtPassage', () => {
  it('counts offsets in code points, as the API gives them', () => {
    // The flag is two code points of two UTF-16 units each: a naive slice at 8 would start two characters early.
    const text = 'Flag 🇺🇸 then talks began.';
    expect(text.slice(8, 18)).not.toBe('then talks');
    expect(splitAtPassage(text, 8, 18)).toEqual({ before: 'Flag 🇺🇸 ', passage: 'then talks', after: ' began.' });
  });

  it('finds the passage after astral characters', () => {
    const text = '𝔸 said: talks began.';
    expect(splitAtPassage(text, 8, 19)).toEqual({ before: '𝔸 said: ', passage: 'talks began', after: '.' });
  });

  it('refuses offsets outside the text', () => {
    expect(splitAtPassage('short', 2, 9)).toBeNull();
    expect(splitAtPassage('short', 3, 3)).toBeNull();
  });
});
