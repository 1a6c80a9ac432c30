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

describe('the correction issue form', () => {
  test('has the fields the “Suggest a correction” link fills in, by id', () => {
    const form = yaml.load(readFileSync('.github/ISSUE_TEMPLATE/correction.yml', 'utf8')) as { name: string; body: { type: string; id?: string; validations?: { required?: boolean } }[] };
    expect(form.name).toBeTruthy();
    const ids = form.body.filter((b) => b.id).map((b) => b.id);
    expect(ids).toEqual(['permalink', 'problem', 'source']);
    expect(form.body.filter((b) => b.id).every((b) => b.validations?.required)).toBe(true);
  });
});
