/** Types of bin/serving.js (plain JavaScript: it runs before anything is built). */
export declare function runningServers(root: string): number[];
export declare function markServing(root: string, pid?: number): () => void;
