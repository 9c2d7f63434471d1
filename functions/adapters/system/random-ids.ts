import { randomUUID } from 'node:crypto';
import type { IdGenerator } from '../../../shared/platform/ports.js';

export class RandomIds implements IdGenerator {
  newId(): string {
    return randomUUID();
  }
}
