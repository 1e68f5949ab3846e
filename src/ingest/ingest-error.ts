/** A problem with the input or the output location, worded for the person running the CLI. */
export class IngestError extends Error {
  override name = 'IngestError';
}
