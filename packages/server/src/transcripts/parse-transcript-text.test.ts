import { describe, expect, it } from 'vitest';
import { parseTranscriptText } from './parse-transcript-text.js';
import { transcriptPassages } from './transcript-passages.js';

describe('parseTranscriptText', () => {
  it('splits "Name: words" and "Name (Role): words" lines into turns, continuation lines joining the turn', () => {
    const text = [
      'Operator: Good day, and welcome to the call.',
      'Arvind Krishna (Chairman and CEO): We delivered solid growth.',
      'Software grew 6 percent.',
      '',
      'Revenue grew: 5% in the quarter.',
      'Toni Sacconaghi: Congratulations on the quarter.',
    ].join('\r\n');
    expect(parseTranscriptText(text)).toEqual([
      { speaker: 'Operator', title: null, content: 'Good day, and welcome to the call.' },
      { speaker: 'Arvind Krishna', title: 'Chairman and CEO', content: 'We delivered solid growth. Software grew 6 percent. Revenue grew: 5% in the quarter.' },
      { speaker: 'Toni Sacconaghi', title: null, content: 'Congratulations on the quarter.' },
    ]);
  });

  it('reads "Name -- Role" heading lines with the words on the following paragraphs', () => {
    const text = 'Tim Cook -- Chief Executive Officer\n\nThank you. Revenue was a record.\n\nServices hit an all-time high.\nLuca Maestri — Chief Financial Officer\nGross margin was 46 percent.';
    expect(parseTranscriptText(text)).toEqual([
      { speaker: 'Tim Cook', title: 'Chief Executive Officer', content: 'Thank you. Revenue was a record. Services hit an all-time high.' },
      { speaker: 'Luca Maestri', title: 'Chief Financial Officer', content: 'Gross margin was 46 percent.' },
    ]);
  });

  it('makes each paragraph of a text without speakers a turn of "Unknown", and drops empty turns', () => {
    expect(parseTranscriptText('Demand was strong.\nMargins improved.\n\n\nWe raised guidance.\n')).toEqual([
      { speaker: 'Unknown', title: null, content: 'Demand was strong. Margins improved.' },
      { speaker: 'Unknown', title: null, content: 'We raised guidance.' },
    ]);
    expect(parseTranscriptText('Analyst:\nOperator: \n')).toEqual([]);
  });
});

describe('transcriptPassages', () => {
  it("leaves the operator out and cuts long turns after sentences into parts no longer than the limit", () => {
    const long = 'Demand was strong across every region this quarter. '.repeat(5).trim();
    const passages = transcriptPassages(
      [
        { speaker: 'Operator', title: null, content: 'Next question, please.' },
        { speaker: 'CEO', title: 'Chief Executive', content: long },
        { speaker: 'Analyst', title: null, content: 'Thanks.' },
      ],
      120,
    );
    expect(passages.map((passage) => [passage.speaker, passage.part, passage.parts])).toEqual([
      ['CEO', 1, 3],
      ['CEO', 2, 3],
      ['CEO', 3, 3],
      ['Analyst', 1, 1],
    ]);
    expect(passages.every((passage) => passage.text.length <= 120)).toBe(true);
    expect(passages.slice(0, 3).map((passage) => passage.text).join(' ')).toBe(long);
    expect(passages[0].text).toBe('Demand was strong across every region this quarter. Demand was strong across every region this quarter.');
  });

  it('cuts a sentence longer than the limit between words', () => {
    const passages = transcriptPassages([{ speaker: 'CFO', title: null, content: `${'word '.repeat(40)}end` }], 50);
    expect(passages.every((passage) => passage.text.length <= 50)).toBe(true);
    expect(passages.map((passage) => passage.text).join(' ')).toBe(`${'word '.repeat(40)}end`);
  });
});
