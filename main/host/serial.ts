/**
 * Runs tasks one at a time in arrival order. Dispatch puts every mutating operation through one of these, so a
 * handler that reads the document, checks a rule and then writes cannot interleave with another writer.
 */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
