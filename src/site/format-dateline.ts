/** `["Moscow", "Xiamen"]` -> `Moscow/Xiamen`, the way the wire writes a shared dateline. */
export function formatDateline(places: readonly string[]): string {
  return places.join('/');
}
