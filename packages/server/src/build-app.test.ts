import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from './build-app.js';

describe('buildApp', () => {
  it('answers /health with the engine version', async () => {
    const app = await buildApp();
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok' });
  });

  it('serves the built dashboard and its assets when present', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gs-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<h1>dashboard</h1>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    const app = await buildApp({ webRoot: root });
    expect((await app.inject({ method: 'GET', url: '/' })).body).toBe('<h1>dashboard</h1>');
    const asset = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.headers['content-type']).toContain('text/javascript');
    expect((await app.inject({ method: 'GET', url: '/assets/..%2Fsecret' })).statusCode).toBe(404);
  });

  it('serves a page explaining how to build the dashboard when it is missing', async () => {
    const app = await buildApp({ webRoot: join(tmpdir(), 'does-not-exist') });
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.body).toContain('npm run build');
  });
});
