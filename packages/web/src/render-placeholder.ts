import { ENGINE_VERSION } from '@goldensignals/engine';

/** HTML of the placeholder page shown until the dashboard issue lands. */
export function renderPlaceholder(): string {
  return [
    '<h1>GoldenSignals</h1>',
    `<p>Signal engine ${ENGINE_VERSION} is installed. The dashboard is not built yet.</p>`,
    '<p>Use the <code>goldensignals</code> command: <code>npx goldensignals --help</code>.</p>',
  ].join('');
}
