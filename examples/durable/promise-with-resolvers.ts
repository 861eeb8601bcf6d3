// The Restate SDK (1.17) calls Promise.withResolvers, which Node has only from 22 on; the
// library targets Node 20. Import this module first (before the SDK) in a Node 20 process.
// Nothing happens on a Node that has it.
type Resolvers<T> = { promise: Promise<T>; resolve: (value: T | PromiseLike<T>) => void; reject: (reason?: unknown) => void };

const promiseClass = Promise as unknown as { withResolvers?: <T>() => Resolvers<T> };
if (typeof promiseClass.withResolvers !== 'function') {
  promiseClass.withResolvers = <T>(): Resolvers<T> => {
    let resolve!: Resolvers<T>['resolve'];
    let reject!: Resolvers<T>['reject'];
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

export {};
