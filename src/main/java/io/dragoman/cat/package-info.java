/**
 * Connectors for the translators' own tools: the wire formats that Weblate, Virtaal, OmegaT and
 * MateCat already speak, answered from Dragoman's memories by the same matching engine as
 * {@code /api/lookup}.
 *
 * <ul>
 *   <li>{@link io.dragoman.cat.TmServerResource}: amaGama's tmserver API (Weblate's tmserver backend,
 *       Virtaal), under {@code /tmserver} and {@code /api/v1};</li>
 *   <li>{@link io.dragoman.cat.ApertiumResource}: Apertium APy's {@code listPairs} and {@code translate}
 *       (OmegaT's Apertium connector with a custom server, Weblate's Apertium backend);</li>
 *   <li>{@link io.dragoman.cat.MyMemoryResource}: MyMemory's {@code get} (MateCat);</li>
 *   <li>{@link io.dragoman.cat.TmxFeedResource}: a memory as one TMX file with an ETag, for OmegaT
 *       team projects.</li>
 * </ul>
 *
 * <p>Every connector asks {@link io.dragoman.cat.ReadableMemories} which memories a request may
 * read; that is the one place where access control will decide. Languages arrive in each tool's
 * spelling ({@code en_us}, {@code ar-SA}, {@code en_GB}) and are read by {@link io.dragoman.cat.ToolLanguage}.
 * Each connector answers bad input in its client's own error shape.
 */
package io.dragoman.cat;
