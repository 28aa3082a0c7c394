package io.storyline.time;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The time expressions of one article and the reference date they were resolved against.
 *
 * @param reference the publication date, or the date inferred from the text when there was none, or
 *     null when neither exists
 * @param expressions the expressions in text order, non-overlapping
 */
public record TimeAnalysis(@Nullable ReferenceDate reference, List<TimeExpression> expressions) {

    public TimeAnalysis {
        expressions = List.copyOf(expressions);
    }
}
