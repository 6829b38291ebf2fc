/** One instruction of a Dockerfile, with the build stage it belongs to. */
export interface DockerfileInstruction {
  /** Upper-case keyword: FROM, RUN, COPY, ... */
  readonly keyword: string;
  /** Everything after the keyword, continuation lines joined. */
  readonly text: string;
  /** Index of the stage (0 = before/at the first FROM). */
  readonly stage: number;
  /** The stage's `AS` name, or null. */
  readonly stageName: string | null;
}

/** The instructions of a Dockerfile in order (comments, parser directives and blank lines dropped). */
export function dockerfileInstructions(source: string): DockerfileInstruction[] {
  const instructions: DockerfileInstruction[] = [];
  let stage = -1;
  let stageName: string | null = null;
  let pending = '';
  for (const line of source.split(/\r?\n/)) {
    if (/^\s*#/.test(line)) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const whole = `${pending}${line}`.trim();
    pending = '';
    if (whole === '') continue;
    const match = /^(\S+)\s*(.*)$/.exec(whole);
    if (match === null) continue;
    const keyword = (match[1] ?? '').toUpperCase();
    const text = (match[2] ?? '').replace(/\s+/g, ' ').trim();
    if (keyword === 'FROM') {
      stage += 1;
      stageName = /\sAS\s+(\S+)$/i.exec(text)?.[1] ?? null;
    }
    instructions.push({ keyword, text, stage: Math.max(stage, 0), stageName });
  }
  return instructions;
}

/** The JSON (exec) form of CMD, ENTRYPOINT or HEALTHCHECK CMD as a list; null for the shell form. */
export function execForm(text: string): string[] | null {
  if (!text.startsWith('[')) return null;
  const parsed: unknown = JSON.parse(text);
  return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : null;
}
