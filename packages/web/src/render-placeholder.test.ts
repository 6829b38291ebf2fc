import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '@goldensignals/engine';
import { renderPlaceholder } from './render-placeholder.js';

describe('renderPlaceholder', () => {
  it('names the engine version and points to the CLI', () => {
    const html = renderPlaceholder();
    expect(html).toContain(`Signal engine ${ENGINE_VERSION}`);
    expect(html).toContain('npx goldensignals --help');
  });
});
