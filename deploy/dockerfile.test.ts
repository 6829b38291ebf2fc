import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, unknownConfigKeys } from './validation/config-key-names.js';
import { dockerfileInstructions, execForm, type DockerfileInstruction } from './validation/dockerfile-instructions.js';
import { readRepositoryFile } from './validation/repository-files.js';
import { list, mapping, text } from './validation/unknown-value.js';

const source = readRepositoryFile('Dockerfile');
const instructions = dockerfileInstructions(source);
const lastStage = Math.max(...instructions.map((instruction) => instruction.stage));
const runtime = instructions.filter((instruction) => instruction.stage === lastStage);
const rootPackage = mapping(JSON.parse(readRepositoryFile('package.json')), 'package.json');
const workspaces = list(rootPackage.workspaces, 'package.json workspaces').map((workspace, index) => text(workspace, `workspaces[${index}]`));

function only(stage: readonly DockerfileInstruction[], keyword: string): DockerfileInstruction {
  const found = stage.filter((instruction) => instruction.keyword === keyword);
  expect(found, `${keyword} instructions in the runtime stage`).toHaveLength(1);
  const [instruction] = found;
  if (instruction === undefined) throw new Error(`no ${keyword}`);
  return instruction;
}

/** `ENV A=1 B=2` (or the legacy `ENV A 1`) as name -> value. */
function environment(stage: readonly DockerfileInstruction[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const instruction of stage.filter((item) => item.keyword === 'ENV')) {
    const pairs = [...instruction.text.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)];
    if (pairs.length === 0) {
      const [name = '', ...rest] = instruction.text.split(' ');
      values.set(name, rest.join(' '));
    }
    for (const [, name = '', value = ''] of pairs) values.set(name, value.replace(/^"(.*)"$/, '$1'));
  }
  return values;
}

describe('Dockerfile', () => {
  it('has no diagnostics from the Dockerfile validator (errors or warnings)', () => {
    expect(validate(source).map((diagnostic) => `line ${diagnostic.range.start.line + 1}: ${diagnostic.message}`)).toEqual([]);
  });

  it('would report a broken instruction (the validator is live)', () => {
    expect(validate('FROM node:20-bookworm-slim\nHEALTHCHECK --interval=1x CMD true\n').length).toBeGreaterThan(0);
  });

  it('is multi-stage: a build stage with every dependency and a runtime stage built from the same Node 20 slim image', () => {
    const stages = instructions.filter((instruction) => instruction.keyword === 'FROM');
    expect(stages.map((stage) => stage.stageName)).toEqual(['build', 'runtime']);
    expect(source).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
  });

  it('builds with every dependency and checks that the CLI, the compiled migrations and the dashboard came out', () => {
    const build = instructions.filter((instruction) => instruction.stageName === 'build' && instruction.keyword === 'RUN');
    expect(build.some((instruction) => /^npm ci\b/.test(instruction.text) && !instruction.text.includes('--omit=dev'))).toBe(true);
    const buildStep = build.find((instruction) => instruction.text.startsWith('npm run build'));
    expect(buildStep?.text).toContain('packages/cli/dist/main.js');
    expect(buildStep?.text).toContain('packages/server/dist/storage/migrations/all-migrations.js');
    expect(buildStep?.text).toContain('packages/web/dist/index.html');
  });

  it('copies the manifest of every workspace into both stages, so npm ci sees the whole lockfile', () => {
    for (const stageName of ['build', 'runtime']) {
      const copies = instructions.filter((instruction) => instruction.stageName === stageName && instruction.keyword === 'COPY').map((instruction) => instruction.text);
      for (const workspace of workspaces) expect(copies, `${stageName} stage copies ${workspace}/package.json`).toContain(`${workspace}/package.json ${workspace}/`);
      expect(copies).toContain('package.json package-lock.json .npmrc ./');
    }
  });

  it('installs only production dependencies without install scripts in the runtime stage, then copies the built output', () => {
    const install = runtime.find((instruction) => instruction.keyword === 'RUN' && instruction.text.startsWith('npm ci'));
    expect(install?.text).toContain('--omit=dev');
    expect(install?.text).toContain('--ignore-scripts');
    const copies = runtime.filter((instruction) => instruction.keyword === 'COPY' && instruction.text.startsWith('--from=build')).map((instruction) => instruction.text);
    for (const folder of ['packages/engine/dist', 'packages/server/dist', 'packages/cli/dist', 'packages/web/dist']) {
      expect(copies).toContain(`--from=build /app/${folder} ${folder}`);
    }
  });

  it('runs as the non-root node user', () => {
    const user = only(runtime, 'USER').text;
    expect(user).toBe('node');
    const userIndex = runtime.findIndex((instruction) => instruction.keyword === 'USER');
    // Nothing after USER may need root.
    expect(runtime.slice(userIndex).filter((instruction) => instruction.keyword === 'RUN')).toEqual([]);
  });

  it('checks its health by fetching /health on PORT with node (slim has no curl)', () => {
    const healthcheck = only(runtime, 'HEALTHCHECK').text;
    const command = execForm(healthcheck.slice(healthcheck.indexOf('CMD ') + 4));
    expect(command?.slice(0, 2)).toEqual(['node', '-e']);
    expect(command?.[2]).toContain("fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/health')");
    expect(healthcheck).toMatch(/--interval=\d+s --timeout=\d+s --start-period=\d+s --retries=\d+/);
  });

  it('listens on all interfaces on the default port and exposes it', () => {
    const env = environment(runtime);
    expect(unknownConfigKeys([...env.keys()].filter((name) => name !== 'NODE_ENV'))).toEqual([]);
    expect(env.get('HOST')).toBe('0.0.0.0');
    expect(env.get('PORT')).toBe(String(DEFAULT_PORT));
    expect(only(runtime, 'EXPOSE').text).toBe(String(DEFAULT_PORT));
  });

  it('starts the goldensignals command (the bin of package.json), serve by default', () => {
    const bin = text(mapping(rootPackage.bin, 'package.json bin').goldensignals, 'bin.goldensignals');
    expect(execForm(only(runtime, 'ENTRYPOINT').text)).toEqual(['node', bin]);
    expect(execForm(only(runtime, 'CMD').text)).toEqual(['serve']);
  });

  it('keeps secrets, local data and build output out of the build context', () => {
    const ignored = readRepositoryFile('.dockerignore').split('\n').map((line) => line.trim());
    for (const entry of ['.git', '**/node_modules', '**/dist', '.env', '.env.*', 'data', 'test-results', '.perf']) expect(ignored).toContain(entry);
  });
});
