package org.miatext.refs;

import java.util.List;
import java.util.Optional;
import org.miatext.ast.Reference;
import org.miatext.ast.SourceSpan;

/**
 * An entry of the numbered list read as a bibliography: the sources it names, each with the
 * work it finally points to.
 *
 * @param reference   the entry in the tree
 * @param label       its label ({@code "39"})
 * @param text        the entry's text without its label, as printed
 * @param sources     the sources it names, in order (none for a note that is all prose)
 * @param resolutions the work each source points to, one per source
 * @param comment     prose after the citation ({@code "In this work, Malthus ..."})
 */
public record BibliographyEntry(Reference reference, String label, String text, List<CitedSource> sources,
                                List<Resolution> resolutions, Optional<String> comment) {

    public BibliographyEntry {
        sources = List.copyOf(sources);
        resolutions = List.copyOf(resolutions);
        if (sources.size() != resolutions.size()) {
            throw new IllegalArgumentException("one resolution per source");
        }
    }

    /** Where the entry lies, label included. */
    public SourceSpan span() {
        return reference.span();
    }

    /** True when the entry names no source: a note of prose. */
    public boolean isProse() {
        return sources.isEmpty();
    }

    /**
     * The work the entry finally points to: that of its last source (for {@code quoted in}, the
     * source named first, not the one it was read in). Empty for prose or an unresolvable shorthand
     * that names nothing.
     */
    public Optional<Work> work() {
        return resolutions.isEmpty() ? Optional.empty() : resolutions.get(resolutions.size() - 1).work();
    }

    /** The resolution of the entry's last source, which {@link #work()} comes from. */
    public Optional<Resolution> resolution() {
        return resolutions.isEmpty() ? Optional.empty() : Optional.of(resolutions.get(resolutions.size() - 1));
    }
}
