import { describe, expect, it } from 'vitest';
import { analystGradeRating } from './analyst-grade-rating.js';

describe('analystGradeRating', () => {
  it('places broker words on the 1..5 scale whatever their spelling', () => {
    const grades = ['Strong Buy', 'Outperform', 'Overweight', 'Equal-Weight', 'Market Perform', 'In-Line', 'Underweight', 'strong sell'];
    expect(grades.map(analystGradeRating)).toEqual([5, 4, 4, 3, 3, 3, 2, 1]);
  });

  it('rates Sell one step above Strong Sell, as on the five-step scale (Yahoo and Finnhub alike)', () => {
    expect(['Sell', 'sell', 'Strong Sell'].map(analystGradeRating)).toEqual([2, 2, 1]);
  });

  it('gives NaN for a word it does not know instead of guessing', () => {
    expect(analystGradeRating('Speculative Hold-ish')).toBeNaN();
    expect(analystGradeRating('')).toBeNaN();
  });
});
