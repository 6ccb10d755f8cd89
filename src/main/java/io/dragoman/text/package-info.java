/**
 * Text processing shared by matching, the glossary and QA: one chain, so that a query, the index
 * and a term are compared in the same form.
 *
 * <pre>{@code
 * TextNormalizer.normalize("إلى غزةَ، ٣٫٨ THE")   // "الي غزه, 3.8 the"
 * Tokenizer.tokenize("Copied %s files")           // WORD Copied, PLACEHOLDER %s, WORD files
 * ArabicStemmer.candidates("وحكومتها")            // وحكومتها, حكومه (و…ها, ت→ه), حكومت, …
 * }</pre>
 *
 * <p>{@link io.dragoman.text.TextNormalizer} lists its folds ({@link io.dragoman.text.Fold}) in
 * order; {@link io.dragoman.text.ArabicNormalizer} documents what it adds to Lucene's. Stored texts
 * are never replaced by their normal forms.
 */
package io.dragoman.text;
