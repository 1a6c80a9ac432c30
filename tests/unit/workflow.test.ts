import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as yaml from 'js-yaml';
import { validateWorkflow, validateAction } from '@action-validator/core';

const text = readFileSync('.github/workflows/deploy.yml', 'utf8');
const workflow = yaml.load(text) as {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[]; permissions?: Record<string, string>; needs?: string }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('the deploy workflow', () => {
  test('validates against the GitHub Actions workflow schema', () => {
    const state = validateWorkflow(text);
    expect(state.errors).toEqual([]);
  });

  test('the validator does reject a broken workflow', () => {
    expect(validateWorkflow('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        run: echo both\n').errors.length).toBeGreaterThan(0);
    expect(validateAction).toBeTypeOf('function');
  });

  test('tests with full history, then publishes dist/ to Pages on pushes to main with its real addresses', () => {
    expect(Object.keys(workflow.on)).toContain('push');
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with?.['fetch-depth']).toBe(0);
    expect(steps.some((s) => s.run === 'bash .ci/run')).toBe(true);
    for (const action of ['actions/configure-pages@', 'actions/upload-pages-artifact@', 'actions/deploy-pages@']) {
      expect(steps.some((s) => s.uses?.startsWith(action)), action).toBe(true);
    }
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))!.with?.path).toBe('dist');
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(build.env).toMatchObject({
      TRACKER_DEPLOY: '1',
      TRACKER_SITE_URL: expect.stringContaining('steps.pages.outputs.base_url'),
      TRACKER_REPO_URL: '${{ github.server_url }}/${{ github.repository }}',
    });
    expect(workflow.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});

describe('dependencies that stay current', () => {
  const dependabot = yaml.load(readFileSync('.github/dependabot.yml', 'utf8')) as {
    version: number;
    updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string }; groups?: Record<string, { patterns: string[] }> }[];
  };
  /** Dependabot's group patterns: `*` matches any run of characters. */
  const matches = (pattern: string, name: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\/]/g, '\\$&').replaceAll('*', '.*')}$`).test(name);
  const groupOf = (groups: Record<string, { patterns: string[] }>, name: string) => Object.entries(groups).find(([, g]) => g.patterns.some((p) => matches(p, name)))?.[0];

  test('Dependabot updates npm packages and the actions weekly', () => {
    expect(dependabot.version).toBe(2);
    expect(dependabot.updates.map((u) => [u['package-ecosystem'], u.directory, u.schedule.interval])).toEqual([
      ['npm', '/', 'weekly'],
      ['github-actions', '/', 'weekly'],
    ]);
  });

  test('Astro’s packages move together, in one group, and nothing else joins them', () => {
    const groups = dependabot.updates[0]!.groups!;
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    const astro = names.filter((n) => n === 'astro' || n.startsWith('@astrojs/'));
    expect(astro.length).toBeGreaterThan(3);
    for (const name of astro) expect(groupOf(groups, name), name).toBe('astro');
    for (const name of names.filter((n) => !astro.includes(n))) expect(groupOf(groups, name), name).not.toBe('astro');
    expect(groupOf(groups, '@astrojs/some-future-integration')).toBe('astro');
  });

  test('their pull requests run every test', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    // Not limited to some branches or paths: a Dependabot branch or a lockfile-only change is tested too.
    expect(workflow.on.pull_request ?? {}).toEqual({});
  });

  test('a scheduled audit of every dependency runs apart from the tests', () => {
    const text = readFileSync('.github/workflows/audit.yml', 'utf8');
    expect(validateWorkflow(text).errors).toEqual([]);
    const audit = yaml.load(text) as { on: { schedule?: { cron: string }[] }; jobs: Record<string, { steps: { run?: string }[] }> };
    expect(audit.on.schedule?.length).toBeGreaterThan(0);
    const runs = Object.values(audit.jobs).flatMap((job) => job.steps.map((s) => s.run).filter(Boolean));
    expect(runs).toContain('npm audit --audit-level=high');
    // All dependencies: the dev ones build what is published. And not part of the test run.
    expect(runs.join('\n')).not.toMatch(/--omit|--production|\.ci\/run/);
    expect(readFileSync('.ci/run', 'utf8')).not.toContain('npm audit ');
  });
});

describe('the correction issue form', () => {
  test('has the fields the “Suggest a correction” link fills in, by id', () => {
    const form = yaml.load(readFileSync('.github/ISSUE_TEMPLATE/correction.yml', 'utf8')) as { name: string; body: { type: string; id?: string; validations?: { required?: boolean } }[] };
    expect(form.name).toBeTruthy();
    const ids = form.body.filter((b) => b.id).map((b) => b.id);
    expect(ids).toEqual(['permalink', 'problem', 'source']);
    expect(form.body.filter((b) => b.id).every((b) => b.validations?.required)).toBe(true);
  });
});
