package org.miatext.check;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the checker should do: for now, which rules are switched off.
 *
 * @param disabled the rules not to run
 */
public record CheckOptions(Set<Rule> disabled) {

    public CheckOptions {
        Objects.requireNonNull(disabled, "disabled");
        disabled = disabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabled));
    }

    /** Every rule enabled. */
    public static CheckOptions defaults() {
        return new CheckOptions(Set.of());
    }

    /** These options with the given rules switched off as well. */
    public CheckOptions disable(Rule... rules) {
        EnumSet<Rule> set = EnumSet.noneOf(Rule.class);
        set.addAll(disabled);
        set.addAll(Arrays.asList(rules));
        return new CheckOptions(set);
    }

    /** True when the rule runs. */
    public boolean isEnabled(Rule rule) {
        return !disabled.contains(rule);
    }
}
