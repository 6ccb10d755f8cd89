package io.dragoman.match;

import io.dragoman.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * The penalties a match reports: none for exact and in-context, one point per differing fold (the
 * first five) for equal once normalised, the repaired numbers or the word edits otherwise.
 */
final class Penalties {
    private Penalties() {
    }

    /** Why a ranked candidate of class {@code matchClass} scored {@code score} rather than 100. */
    static List<Penalty> of(Candidate c, MatchClass matchClass, int score, List<Fold> folds, NumberRepair.Result repair) {
        switch (matchClass) {
            case IN_CONTEXT:
            case EXACT:
                return List.of();
            case NORMALISED:
                return normalised(folds);
            default:
                if (matchClass == MatchClass.NUMBERS && score > c.wordScoreFloor()) {
                    return List.of(new Penalty("numbers", 100 - score, repair.changed()
                            + " number(s) differ; the repaired target carries the query's numbers"));
                }
                return List.of(new Penalty("edit-distance", 100 - score, c.distance() + " of " + c.length()
                        + " words inserted, deleted or replaced"));
        }
    }

    private static List<Penalty> normalised(List<Fold> folds) {
        if (folds.isEmpty()) {
            return List.of(new Penalty("other", 1, "differs only in characters that matching ignores"));
        }
        List<Penalty> penalties = new ArrayList<>();
        for (int i = 0; i < folds.size(); i++) {
            penalties.add(new Penalty(folds.get(i).label(), i < 5 ? 1 : 0, "differs in " + folds.get(i).label()));
        }
        return penalties;
    }
}
