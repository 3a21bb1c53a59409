/**
 * Length of a string in Unicode code points, as the API (Python) counts it for `maxLength`:
 * an emoji is one character, not two UTF-16 units.
 */
export function ucs2length(value: string): number {
  let length = 0;
  for (let index = 0; index < value.length; index++) {
    length++;
    const code = value.charCodeAt(index);
    // A high surrogate followed by a low surrogate is one code point.
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < value.length) {
      const next = value.charCodeAt(index + 1);
      if ((next & 0xfc00) === 0xdc00) index++;
    }
  }
  return length;
}
