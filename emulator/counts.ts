/** Request counters for the admin API: every request to "/" counts, including rejected ones. */
export interface ActionCounts {
  total: number;
  succeeded: number;
  failed: number;
}

export interface RequestCounts extends ActionCounts {
  /** Keyed by X-TC-Action as sent ("(none)" when absent), so unknown actions show up too. */
  byAction: Record<string, ActionCounts>;
  /** Error code → count; "(timeout)"/"(reset)" are injected faults, "(aborted)" a client that hung up mid-upload. */
  byErrorCode: Record<string, number>;
}

const empty = (): ActionCounts => ({ total: 0, succeeded: 0, failed: 0 });

export class RequestCounter {
  private counts: RequestCounts = { ...empty(), byAction: {}, byErrorCode: {} };

  /** `errorCode` undefined means the request succeeded. */
  record(action: string, errorCode?: string): void {
    const perAction = this.counts.byAction[action] ?? empty();
    this.counts.byAction[action] = perAction;
    for (const bucket of [this.counts, perAction]) {
      bucket.total += 1;
      if (errorCode === undefined) bucket.succeeded += 1;
      else bucket.failed += 1;
    }
    if (errorCode !== undefined) this.counts.byErrorCode[errorCode] = (this.counts.byErrorCode[errorCode] ?? 0) + 1;
  }

  snapshot(): RequestCounts {
    return structuredClone(this.counts);
  }

  reset(): void {
    this.counts = { ...empty(), byAction: {}, byErrorCode: {} };
  }
}
