// One message of the catalog: the parameters it takes, its Ukrainian text and its English text.

/**
 * `{name}` in a text is a parameter, `{name#форма|форми|форм}` the word that agrees with the number `name`
 * (domain/plural.ts). Every parameter a text uses is declared in `params` (none when absent), and each declared
 * parameter is used in both texts: test/domain/messages.test.ts checks it.
 */
export interface Message {
  readonly params?: readonly string[];
  readonly uk: string;
  readonly en: string;
}
