import { describe, expect, it } from 'vitest';
import { composeBindMounts, composeService } from './validation/compose-file.js';
import { DEFAULT_PORT } from './validation/config-key-names.js';
import { readRepositoryFile } from './validation/repository-files.js';

const CONFIG_FILE = 'deploy/nginx/goldensignals.conf';
const source = readRepositoryFile(CONFIG_FILE).replace(/#.*$/gm, '');

/** The body of each `location ... { }` block by its matcher (no nested blocks in this file). */
function locations(): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const match of source.matchAll(/location\s+([^{]+?)\s*\{([^}]*)\}/g)) blocks.set(match[1] ?? '', match[2] ?? '');
  return blocks;
}

describe('deploy/nginx/goldensignals.conf', () => {
  it('is the configuration the compose proxy loads', () => {
    expect(composeBindMounts(composeService('proxy')).get(CONFIG_FILE)).toBe('/etc/nginx/conf.d/default.conf');
  });

  it('balances over every API node, re-resolving the api service through Docker DNS', () => {
    expect(source).toMatch(/resolver 127\.0\.0\.11\b/);
    expect(source).toContain(`server api:${DEFAULT_PORT} resolve`);
    expect(source).toMatch(/zone goldensignals_api \d+k;/);
    expect(source).toMatch(/listen 8080;/);
  });

  it('passes WebSocket upgrades on /ws with HTTP/1.1 and a long read timeout', () => {
    const ws = locations().get('/ws') ?? '';
    expect(source).toContain('proxy_http_version 1.1;');
    expect(ws).toContain('proxy_set_header Upgrade $http_upgrade;');
    expect(ws).toContain('proxy_set_header Connection $connection_upgrade;');
    expect(source).toMatch(/map \$http_upgrade \$connection_upgrade \{\s*default upgrade;\s*'' {6}'';\s*\}/);
    expect(ws).toMatch(/proxy_read_timeout 1h;/);
  });

  it('forwards the client address and host from every proxied location (headers are not inherited once a block sets any)', () => {
    const proxied = [...locations()].filter(([, body]) => body.includes('proxy_pass'));
    expect(proxied.map(([matcher]) => matcher).sort()).toEqual(['/', '/ws']);
    for (const [matcher, body] of proxied) {
      expect(body, matcher).toContain('proxy_pass http://goldensignals_api;');
      expect(body, matcher).toContain('proxy_set_header Host $host;');
      expect(body, matcher).toContain('proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;');
      expect(body, matcher).toContain('proxy_set_header X-Forwarded-Proto $scheme;');
    }
  });

  it('keeps /metrics off the public side', () => {
    expect(locations().get('= /metrics')).toMatch(/return 404;/);
  });
});
