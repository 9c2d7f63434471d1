import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { AppFunction } from '../../../infra/constructs/app-function.js';
import { routeEntries } from '../../../shared/contracts/routes.js';
import { createTestOpsdesk } from '../support/opsdesk-app.js';

const { stateless } = createTestOpsdesk();
const template = Template.fromStack(stateless).toJSON();
const resources = template.Resources as Record<string, { Type: string; Properties: any }>;
const logicalId = (element: { node: { defaultChild?: unknown } }) =>
  stateless.getLogicalId((element.node.defaultChild ?? element) as never);
const variablesOf = (fn: AppFunction): Record<string, unknown> =>
  resources[logicalId(fn.function)]!.Properties.Environment.Variables;

describe('reports: status pages and service reports in AWS', () => {
  it('serves every reports route from one function of its own, the public ones without a caller’s authorizer', () => {
    const reports = stateless.functions.get('reports');
    expect(reports).toBeDefined();
    const routes = Object.values(resources).filter((resource) => resource.Type === 'AWS::ApiGatewayV2::Route');
    for (const [, definition] of routeEntries().filter(([, route]) => route.context === 'reports')) {
      const route = routes.find(
        (candidate) => candidate.Properties.RouteKey === `${definition.method} ${definition.path}`,
      );
      expect(route, `${definition.method} ${definition.path}`).toBeDefined();
      // Public routes: CloudFront's origin check only; the others: the API authorizer (a token or a key).
      const authorizer = stateless.resolve(route?.Properties.AuthorizerId) as { Ref: string };
      const expected =
        definition.access === 'public' ? stateless.originVerification.authorizer : stateless.apiAuthorizer;
      expect(JSON.stringify(resources[authorizer.Ref]?.Properties.AuthorizerUri)).toContain(
        logicalId(expected.function),
      );
    }
  });

  it('gives the period-close consumer, which e-mails each report with a link to it, the web origin', () => {
    const closer = stateless.queueConsumers.get('period-close')!;
    expect(variablesOf(closer.consumer).WEB_URL).toBeDefined();
    expect(variablesOf(closer.deadLetter).WEB_URL).toBeUndefined();
  });
});
