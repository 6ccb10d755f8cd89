/**
 * Fuzzy matching: what a translator gets back for a segment.
 *
 * <pre>{@code
 * FuzzyIndex index = new FuzzyIndex();
 * index.upsert(List.of(new IndexedUnit(1, 1, "ar", "en", "قوة حفظ السلام في غزة",
 *         "a peacekeeping force in Gaza", null)));
 * List<Match> matches = new MatchEngine(index).lookup(
 *         LookupQuery.of("قوات حفظ السلام في غزة", "ar", "en", List.of(), 70, 5, null), texts);
 * // one fuzzy match, score 80: 1 of 5 words replaced; diff: replace قوات ↔ قوة
 * }</pre>
 *
 * <ul>
 *   <li>{@link io.dragoman.match.FuzzyIndex} holds the normalised token ids of both sides of every
 *       unit and inverted lists over them; {@link io.dragoman.match.CandidateFilter} documents why
 *       its prefix, length and count filters never lose a unit scoring at or above the threshold.
 *       Memory per unit and timings are in {@code docs/benchmarks.md}.</li>
 *   <li>{@link io.dragoman.match.LookupQuery} carries the query's
 *       {@link io.dragoman.text.AnalyzedText}, made once per lookup: the filter, the ranker, the fold
 *       report, the fragments and the glossary read it, and nothing tokenises the query again.</li>
 *   <li>{@link io.dragoman.match.MatchRanker} ranks candidates into
 *       {@link io.dragoman.match.Match}es: score, {@link io.dragoman.match.MatchClass}, folds,
 *       penalties, diff spans and, for numbers-only differences, a repaired target. The index path
 *       and the exhaustive scan ({@link io.dragoman.match.MatchEngine#lookupExhaustive}) share it,
 *       so they rank identically; the property tests check that they answer the same.</li>
 *   <li>{@link io.dragoman.match.IndexMaintainer} builds the index from the database at start and
 *       keeps it in step with this node's writes (events after commit) and other nodes' (the
 *       {@code unit_change} log).</li>
 *   <li>{@link io.dragoman.match.MatchService} serves {@code /api/lookup} and
 *       {@code /api/concordance}; {@link io.dragoman.glossary.TermRecognizer} finds glossary terms in
 *       the query.</li>
 * </ul>
 */
package io.dragoman.match;
