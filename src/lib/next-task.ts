// Ending the current task: long work (taking a page over, loading the corpus) goes on in the next one, so the browser
// can paint and answer a click or a key in between.

/** Resolves in a later task (a zero-delay timer), after the browser has had its turn. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
