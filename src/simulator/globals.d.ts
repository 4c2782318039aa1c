// The few host globals the simulator may use: present alike in browsers, Node and workers.
// Declared here because the simulator compiles without DOM or Node type libraries.
declare function setTimeout(handler: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare function structuredClone<T>(value: T): T;
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
