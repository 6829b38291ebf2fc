import type { SpeechRecognitionResultListLike } from './speech-recognition-like.js';

/**
 * The input box while dictating: what was typed before the microphone started, then everything heard so far (final
 * and interim results, best alternative each), cut at `maxLength`.
 */
export function dictatedText(typed: string, results: SpeechRecognitionResultListLike, maxLength: number): string {
  let heard = '';
  for (let index = 0; index < results.length; index += 1) heard += results[index]?.[0]?.transcript ?? '';
  const spoken = heard.trim().replace(/\s+/g, ' ');
  const before = typed.trimEnd();
  const text = before === '' ? spoken : spoken === '' ? typed : `${before} ${spoken}`;
  return text.slice(0, maxLength);
}
