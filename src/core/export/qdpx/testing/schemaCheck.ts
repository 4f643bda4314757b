import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The published REFI-QDA project schema kept in the repository (see schema/README.md). */
export const PROJECT_XSD = join(import.meta.dirname, '..', 'schema', 'Project-mrt2019.xsd');

/**
 * What xmllint says is wrong with a project.qde against the REFI-QDA schema;
 * '' when it validates. Throws when xmllint is not installed: the check is
 * the point of the test, so a missing tool must fail it, never skip it.
 */
export function schemaErrors(xml: string): string {
  const run = spawnSync('xmllint', ['--noout', '--schema', PROJECT_XSD, '-'], { input: xml, encoding: 'utf8' });
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error('xmllint is not installed, so the REFI-QDA export cannot be checked against its schema: install it with `apt-get install -y libxml2-utils`.');
  }
  if (run.error) throw run.error;
  return run.status === 0 ? '' : run.stderr;
}
