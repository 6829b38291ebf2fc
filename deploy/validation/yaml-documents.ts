import { parseAllDocuments } from 'yaml';
import { readRepositoryFile } from './repository-files.js';

/**
 * Every document of a YAML file as plain values. Merge keys (`<<: *anchor`) are resolved as Docker Compose
 * resolves them. Throws naming the file and the first problem, so a broken file fails with its location.
 */
export function parseYamlDocuments(source: string, name: string): unknown[] {
  const documents = parseAllDocuments(source, { merge: true, prettyErrors: true });
  if (!Array.isArray(documents)) return [];
  return documents.map((document) => {
    const problem = document.errors[0] ?? document.warnings[0];
    if (problem !== undefined) throw new Error(`${name}: ${problem.message}`);
    return document.toJS({ maxAliasCount: 100 }) as unknown;
  });
}

/** The single document of a repository YAML file. */
export function readYamlFile(relativePath: string): unknown {
  const documents = parseYamlDocuments(readRepositoryFile(relativePath), relativePath);
  if (documents.length !== 1) throw new Error(`${relativePath}: expected one YAML document, found ${documents.length}`);
  return documents[0];
}
