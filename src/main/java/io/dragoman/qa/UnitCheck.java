package io.dragoman.qa;

import java.util.List;

/** A check that judges each pair on its own; safe to call from several threads. */
public non-sealed interface UnitCheck extends QaCheck {
    List<QaIssue> check(QaUnit unit, QaContext context);
}
