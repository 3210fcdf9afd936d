/** The rules a write must keep; breaking one is the caller's mistake, so it has a code and no words. */
export type DataRule = 'afspraakWithoutWhat' | 'invalidDueDate' | 'referralWithoutRole' | 'careNotKept';

/** A refused write: `rule` says which rule, `value` (if any) the value that broke it. */
export class DataRuleError extends RangeError {
  constructor(
    readonly rule: DataRule,
    readonly value?: string,
  ) {
    super(value === undefined ? rule : `${rule}: ${value}`);
    this.name = 'DataRuleError';
  }
}
