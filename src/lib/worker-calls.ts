// Calls answered by a Web Worker and matched to their replies by id (the page side, workerCalls, and the worker side,
// answerCalls). When the worker cannot start or dies, every pending and later call goes to an in-thread fallback
// instead, and if that cannot load either, the next call starts over with a new worker.

export type WorkerMessage<Call> = { id: number; call: Call };
export type WorkerReply<Result> = { id: number; result: Result } | { id: number; error: string };
export type Answer<Call, Result> = (call: Call) => Promise<Result>;

/** The page's side: the worker starts on the first call; `inThread` is loaded only if the worker fails. */
export function workerCalls<Call, Result>(
  startWorker: () => Worker,
  inThread: () => Promise<Answer<Call, Result>>,
): Answer<Call, Result> {
  const pending = new Map<
    number,
    { call: Call; resolve: (result: Result) => void; reject: (error: unknown) => void }
  >();
  let worker: Worker | undefined;
  let fallback: Promise<Answer<Call, Result>> | undefined;
  let nextId = 0;

  const start = () => {
    const started = startWorker();
    started.onmessage = ({ data }: MessageEvent<WorkerReply<Result>>) => {
      const entry = pending.get(data.id);
      pending.delete(data.id);
      if (!entry) return;
      if ('error' in data) entry.reject(new Error(data.error));
      else entry.resolve(data.result);
    };
    started.onerror = () => {
      started.terminate();
      const loading = (fallback ??= inThread());
      // The in-thread code failed to load too (the network gone before the app was cached): the next call starts over.
      loading.catch(() => {
        if (fallback !== loading) return;
        fallback = undefined;
        worker = undefined;
      });
      for (const entry of pending.values())
        loading.then((answer) => answer(entry.call)).then(entry.resolve, entry.reject);
      pending.clear();
    };
    return started;
  };

  return (call) => {
    if (fallback) return fallback.then((answer) => answer(call));
    worker ??= start();
    nextId += 1;
    const message: WorkerMessage<Call> = { id: nextId, call };
    return new Promise((resolve, reject) => {
      pending.set(message.id, { call, resolve, reject });
      worker?.postMessage(message);
    });
  };
}

/** The worker's side: answers each call, replying with its result or its error's message. */
export function answerCalls<Call, Result>(answer: (call: Call) => Result | Promise<Result>): void {
  const reply = (message: WorkerReply<Result>) => self.postMessage(message);
  self.onmessage = async ({ data }: MessageEvent<WorkerMessage<Call>>) => {
    try {
      reply({ id: data.id, result: await answer(data.call) });
    } catch (error) {
      reply({ id: data.id, error: error instanceof Error ? error.message : String(error) });
    }
  };
}
