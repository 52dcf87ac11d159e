// Word counting for the linter and the timing model: a word is anything with a letter or digit,
// so dashes, stars and quotation marks do not count.
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
