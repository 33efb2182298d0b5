package org.miatext.ast;

/**
 * A node of a parsed chapter. Every node knows where it lies in the source; a node's text is
 * exactly the slice of the source its span covers.
 */
public sealed interface Node permits Block, Inline {

    /** Where this node lies in the source. */
    SourceSpan span();

    /** Calls the method of {@code visitor} that matches this node's type. */
    <R> R accept(Visitor<R> visitor);
}
