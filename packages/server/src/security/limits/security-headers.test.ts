import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import { webRoutes } from '../../app/web-routes.js';
import { installSecurityHeaders } from './security-headers.js';

const apps: FastifyInstance[] = [];

afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

/** The pieces of buildApp that serve pages and an API route, with the headers installed first. */
async function securedApp(): Promise<FastifyInstance> {
  const app = await createBaseApp();
  apps.push(app);
  installSecurityHeaders(app);
  await app.register(fastifySwagger, { openapi: { info: { title: 'test', version: '1' } } });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  await app.register(webRoutes, {});
  await app.register(async (routes) => {
    routes.get('/api/v1/things', async () => ({ ok: true }));
  });
  return app;
}

function directives(header: string | string[] | number | undefined): Map<string, string> {
  if (typeof header !== 'string') throw new Error(`expected one content-security-policy header, got ${String(header)}`);
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values.join(' ')]),
  );
}

describe('installSecurityHeaders', () => {
  it('sends the security headers and the policy on an API answer, and no HSTS over the plain-HTTP default', async () => {
    const app = await securedApp();
    const response = await app.inject({ method: 'GET', url: '/api/v1/things', headers: { host: 'localhost:8080' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(Object.fromEntries(directives(response.headers['content-security-policy']))).toEqual({
      'default-src': "'self'",
      'base-uri': "'self'",
      'connect-src': "'self' ws://localhost:8080 wss://localhost:8080",
      'font-src': "'self' data:",
      'form-action': "'self'",
      'frame-ancestors': "'self'",
      'img-src': "'self' data:",
      'object-src': "'none'",
      'script-src': "'self'",
      'script-src-attr': "'none'",
      'style-src': "'self' 'unsafe-inline'",
    });
  });

  it('allows WebSockets only to a plain host name, so a forged Host header cannot add directives', async () => {
    const app = await securedApp();
    const bracketed = await app.inject({ method: 'GET', url: '/api/v1/things', headers: { host: '[::1]:3000' } });
    expect(directives(bracketed.headers['content-security-policy']).get('connect-src')).toBe("'self' ws://[::1]:3000 wss://[::1]:3000");
    const forged = await app.inject({ method: 'GET', url: '/api/v1/things', headers: { host: "evil.example; script-src 'unsafe-inline'" } });
    expect(forged.statusCode).toBe(200);
    const policy = directives(forged.headers['content-security-policy']);
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
  });

  it('covers the dashboard page and the not-found answer', async () => {
    const app = await securedApp();
    for (const url of ['/', '/api/v1/nothing-here']) {
      const response = await app.inject({ method: 'GET', url });
      expect(directives(response.headers['content-security-policy']).get('default-src')).toBe("'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('serves Swagger UI with only same-origin script files, which the policy allows', async () => {
    const app = await securedApp();
    const page = await app.inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expect(directives(page.headers['content-security-policy']).get('script-src')).toBe("'self'");
    const scripts = [...page.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', inline = ''] of scripts) {
      expect(inline.trim()).toBe('');
      expect(attributes).toMatch(/src="\.\/static\/[\w.-]+\.js"/);
    }
    // Its initializer is a file too, loaded from the same origin.
    const initializer = await app.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
    expect(initializer.statusCode).toBe(200);
    expect(initializer.headers['content-type']).toContain('javascript');
  });
});
