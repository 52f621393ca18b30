package org.newsatlas.text;

import java.util.function.Predicate;

/** A named rule that marks one paragraph, judged on its own shape, as a boilerplate kind. */
record LineRule(String name, PassageKind kind, String description, Predicate<LineShape> test) {

    boolean matches(LineShape shape) {
        return test.test(shape);
    }
}
