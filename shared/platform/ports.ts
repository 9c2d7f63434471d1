/** Ports every context may need. Adapters live in functions/adapters/<technology>/. */
export interface Clock {
  /** The current instant. The local stack's `CLOCK_START` shifts it; AWS uses the system clock. */
  now(): Date;
}

export interface IdGenerator {
  newId(): string;
}
