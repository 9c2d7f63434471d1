import { Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { createTestOpsdesk } from './support/opsdesk-app.js';

const acknowledgements = (root: IConstruct) =>
  root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id,
          reason,
        })),
      ),
  );

describe('cdk-nag AwsSolutions checks (registered on every OpsdeskStage)', () => {
  // cdk-nag 3 is a policy-validation plugin: any unacknowledged finding, error or warning, makes the
  // synth throw ValidationFailed with the report.
  it('find nothing unacknowledged in the whole app', () => {
    const { app } = createTestOpsdesk();
    expect(() => app.synth()).not.toThrow();
  });

  it.each(['dev', 'prod'])('are really on in the %s stage: an unacknowledged finding fails the synth', (stage) => {
    const { app, stateless } = createTestOpsdesk({ stage });
    new Queue(stateless, 'UnencryptedQueueWithoutDlq');
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS3/);
  });

  it('carry a specific reason on every acknowledgement', () => {
    const { app } = createTestOpsdesk();
    const acknowledged = acknowledgements(app);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const { id, reason, path } of acknowledged) {
      expect(id, path).toMatch(/AwsSolutions-[A-Z]+[0-9]+/);
      expect(reason.trim().length, `${path} ${id}`).toBeGreaterThanOrEqual(40);
    }
    // One reason per rule and place, not a blanket reason copied everywhere.
    const reasons = new Set(acknowledged.map(({ reason }) => reason));
    expect(reasons.size).toBeGreaterThan(acknowledged.length / 3);
  });
});
