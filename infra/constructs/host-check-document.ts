import { CfnDocument } from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import {
  AUTOMATED_TASK_TYPES,
  type CommandDocument,
  DOCUMENT_PREFIX,
  documentName,
} from '../../shared/tasks/catalogue.js';

export interface HostCheckDocumentProps {
  /** The document's name, the contract with the checker (`Opsdesk-HostCheck`); must start with `Opsdesk-`. */
  name: string;
  /** Builds the Command document (shared/monitoring/host-check.ts `hostCheckDocument`); called once, at synth. */
  content: () => CommandDocument;
}

/**
 * The SSM Command document of monitors' host checks (disk, service, certificate file). Its name starts with
 * `Opsdesk-`, so the task-runner role may send it — as the tenant, to that tenant's tagged nodes only, like any
 * task document — and no other role may; it is not a task type, so the command-status rule never sees it (the
 * checker reads its verdict with GetCommandInvocation). Updated in place as a new version, like the task documents.
 */
export class HostCheckDocument extends Construct {
  readonly document: CfnDocument;

  constructor(scope: Construct, id: string, props: HostCheckDocumentProps) {
    super(scope, id);
    if (!props.name.startsWith(DOCUMENT_PREFIX)) {
      throw new Error(`Host check document ${props.name}: the task runner sends only ${DOCUMENT_PREFIX}* documents`);
    }
    if (AUTOMATED_TASK_TYPES.some((type) => documentName(type) === props.name)) {
      throw new Error(`Host check document ${props.name}: that name is a task type's document`);
    }
    this.document = new CfnDocument(this, 'Document', {
      name: props.name,
      documentType: 'Command',
      documentFormat: 'JSON',
      content: props.content(),
      updateMethod: 'NewVersion',
    });
  }
}
