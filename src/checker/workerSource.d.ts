/** The checker's engine bundle (build/worker/checker-worker.js) as text: webpack inlines it (asset/source). */
declare module 'apa-checker-worker-source' {
  const source: string;
  export default source;
}
