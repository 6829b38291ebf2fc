import { describe, expect, it } from 'vitest';
import { parseLabelledSentencesCsv } from './parse-labelled-sentences-csv.js';

describe('parseLabelledSentencesCsv', () => {
  it('reads a sentence and a label column among others, in any case, after a byte-order mark', () => {
    const csv = '\ufeffid,Sentence,LABEL,source\n1,"Profit rose, again",Positive,wire\n2,Sales fell,negative,wire\n';
    expect(parseLabelledSentencesCsv(csv)).toEqual([
      { text: 'Profit rose, again', label: 'positive' },
      { text: 'Sales fell', label: 'negative' },
    ]);
  });

  it('accepts a text column and tab-separated files', () => {
    expect(parseLabelledSentencesCsv('label\ttext\nneutral\tThe meeting is in May\n')).toEqual([{ text: 'The meeting is in May', label: 'neutral' }]);
  });

  it('names the file, the line and the value of an unknown label', () => {
    const csv = 'sentence,label\nSales rose,positive\nSales fell,bearish\n';
    expect(() => parseLabelledSentencesCsv(csv, 'news.csv')).toThrow('news.csv line 3: label "bearish" is not positive, negative or neutral');
  });

  it('says which column the header lacks and lists the columns it has', () => {
    expect(() => parseLabelledSentencesCsv('headline,sentiment\nx,positive\n', 'news.csv')).toThrow(
      'news.csv line 1: the header needs a "sentence" or "text" column and a "label" column; it has "headline", "sentiment"',
    );
    expect(() => parseLabelledSentencesCsv('text,score\nx,1\n', 'news.csv')).toThrow('news.csv line 1: the header needs a "label" column; it has "text", "score"');
  });

  it('rejects short rows, empty sentences, unclosed quotes and empty files by line', () => {
    expect(() => parseLabelledSentencesCsv('sentence,label\nonly one field\n', 'a.csv')).toThrow('a.csv line 2: 1 field(s), but the label column is field 2');
    expect(() => parseLabelledSentencesCsv('sentence,label\n  ,neutral\n', 'a.csv')).toThrow('a.csv line 2: the sentence is empty');
    expect(() => parseLabelledSentencesCsv('sentence,label\n"never closed,neutral\n', 'a.csv')).toThrow('a.csv line 2: a quoted field is never closed');
    expect(() => parseLabelledSentencesCsv('\n\n', 'a.csv')).toThrow('a.csv: the file is empty');
  });
});
