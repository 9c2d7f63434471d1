import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { OperationsAlarms } from '../constructs/operations-alarms.js';
import { OperationsDashboard } from '../constructs/operations-dashboard.js';
import type { StageConfig } from '../stage-config.js';
import type { StatefulStack } from './stateful-stack.js';
import type { StatelessStack } from './stateless-stack.js';

export interface OperationsStackProps extends StackProps {
  stateful: StatefulStack;
  stateless: StatelessStack;
  config: StageConfig;
}

/**
 * What tells the operator that something failed quietly: the stage's alarms (to one SNS topic, e-mailed to
 * `config.alarms.email`) and its dashboard. Holds no data, so it can be destroyed and redeployed freely; build it
 * after the stateful and stateless stacks, since it alarms on every Lambda function found in them.
 */
export class OperationsStack extends Stack {
  readonly alarms: OperationsAlarms;
  readonly dashboard: OperationsDashboard;

  constructor(scope: Construct, id: string, props: OperationsStackProps) {
    super(scope, id, props);
    const { stateful, stateless, config } = props;
    this.alarms = new OperationsAlarms(this, 'Alarms', {
      stage: config.stage,
      email: config.alarms.email,
      stateful,
      stateless,
    });
    this.dashboard = new OperationsDashboard(this, 'Dashboard', {
      stage: config.stage,
      stateful,
      stateless,
      alarms: this.alarms.alarms,
    });
  }
}
