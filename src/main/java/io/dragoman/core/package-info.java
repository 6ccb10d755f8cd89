/**
 * Values every capability shares: the error family that the API maps to
 * {@code application/problem+json} (RFC 9457), and {@link io.dragoman.core.Page}.
 *
 * <p>Services throw a {@link io.dragoman.core.DragomanException}; they never build HTTP
 * responses. Per-unit import problems and QA findings are results, not exceptions.
 */
package io.dragoman.core;
