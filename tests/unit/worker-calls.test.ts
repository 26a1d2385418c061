// Calls to a Web Worker: each reply reaches its own caller, errors come back as errors, a failed worker hands pending
// and later calls to the in-thread fallback, and a fallback that cannot load either starts over with a new worker.
import { describe, expect, it } from 'vitest';
import { workerCalls, type WorkerMessage, type WorkerReply } from '../../src/lib/worker-calls';

/** A stand-in worker that doubles numbers, answering in reverse order, and refuses negative ones. */
class DoublingWorker {
  onmessage: ((event: MessageEvent<WorkerReply<number>>) => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;
  private queue: WorkerMessage<number>[] = [];
  postMessage(message: WorkerMessage<number>) {
    this.queue.push(message);
    if (this.queue.length === 1) setTimeout(() => this.flush(), 0);
  }
  terminate() {
    this.terminated = true;
  }
  crash() {
    this.onerror?.();
  }
  private flush() {
    for (const { id, call } of this.queue.reverse()) {
      const data: WorkerReply<number> = call < 0 ? { id, error: `refused ${call}` } : { id, result: call * 2 };
      this.onmessage?.({ data } as MessageEvent<WorkerReply<number>>);
    }
    this.queue = [];
  }
}

const inThread = async () => async (call: number) => call * 10;

describe('workerCalls', () => {
  it('starts the worker on the first call and matches each reply to its call', async () => {
    let started = 0;
    const call = workerCalls<number, number>(() => {
      started += 1;
      return new DoublingWorker() as unknown as Worker;
    }, inThread);
    expect(started).toBe(0);
    await expect(Promise.all([call(1), call(2), call(3)])).resolves.toEqual([2, 4, 6]);
    await expect(call(-1)).rejects.toThrow('refused -1');
    expect(started).toBe(1);
  });

  it('hands pending and later calls to the fallback when the worker fails', async () => {
    const worker = new DoublingWorker();
    const call = workerCalls<number, number>(() => worker as unknown as Worker, inThread);
    const pending = call(4);
    worker.crash();
    await expect(pending).resolves.toBe(40);
    await expect(call(5)).resolves.toBe(50);
    expect(worker.terminated).toBe(true);
  });

  it('starts over with a new worker when the fallback cannot load either', async () => {
    const workers: DoublingWorker[] = [];
    let fallbackLoads = 0;
    const call = workerCalls<number, number>(
      () => {
        workers.push(new DoublingWorker());
        return workers.at(-1) as unknown as Worker;
      },
      async () => {
        fallbackLoads += 1;
        throw new Error('offline');
      },
    );
    const pending = call(6);
    workers[0]?.crash();
    await expect(pending).rejects.toThrow('offline');
    await expect(call(7)).resolves.toBe(14);
    expect(workers).toHaveLength(2);
    expect(fallbackLoads).toBe(1);
  });
});
