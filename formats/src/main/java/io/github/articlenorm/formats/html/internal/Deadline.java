package io.github.articlenorm.formats.html.internal;

import java.util.function.BooleanSupplier;

/** The input's time budget, remembered once spent so that every later walk stops at once. */
final class Deadline {
    private final BooleanSupplier spent;
    private boolean reached;

    Deadline(BooleanSupplier spent) {
        this.spent = spent;
    }

    /** Whether the time budget is spent. */
    boolean reached() {
        if (!reached && spent.getAsBoolean()) {
            reached = true;
        }
        return reached;
    }

    /** Whether the budget was found spent by an earlier check. */
    boolean wasReached() {
        return reached;
    }
}
